package org.onedoor.shared.web;

import java.util.List;

/**
 * A module's declaration of which of its paths anyone may open without signing in, and which
 * are called by machines with their own credentials (API keys) and so carry no CSRF token.
 * The security configuration collects every such bean; everything not declared needs a sign-in.
 */
public record PublicEndpoints(List<String> paths, List<String> withoutCsrf) {

	public PublicEndpoints {
		paths = List.copyOf(paths);
		withoutCsrf = List.copyOf(withoutCsrf);
	}

	public static PublicEndpoints of(String... paths) {
		return new PublicEndpoints(List.of(paths), List.of());
	}

}
