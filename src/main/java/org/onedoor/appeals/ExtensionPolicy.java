package org.onedoor.appeals;

import java.util.Optional;

/**
 * How long and how often the reply deadline may be extended. Petitions follow
 * {@link PetitionLimits} (once, at most 30 days); other appeals the configured limits (working
 * days).
 */
public record ExtensionPolicy(int maxExtensions, int maxDays) {

	public static ExtensionPolicy forChannel(Channel channel, AppealWorkProperties properties) {
		return channel == Channel.PETITION
				? new ExtensionPolicy(PetitionLimits.MAX_EXTENSIONS, PetitionLimits.MAX_EXTENSION_DAYS)
				: new ExtensionPolicy(properties.maxExtensions(), properties.maxExtensionDays());
	}

	/** Why the request may not be made, as a bundle key; empty when it may. */
	public Optional<String> refusal(int extensionsSoFar, int requestedDays) {
		if (extensionsSoFar >= maxExtensions) {
			return Optional.of("appeals.extension.tooMany");
		}
		if (requestedDays < 1 || requestedDays > maxDays) {
			return Optional.of("appeals.extension.days");
		}
		return Optional.empty();
	}

}
