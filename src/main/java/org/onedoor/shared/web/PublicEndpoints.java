package org.onedoor.shared.web;

import java.util.List;

/**
 * A module's declaration of which of its paths anyone may open without signing in, which are
 * called by machines with their own credentials (API keys) and so carry no CSRF token, and which
 * are look-ups ({@code GET}) that never need a session, so they pass a lean chain of their own.
 * The security configuration collects every such bean; everything not declared needs a sign-in.
 */
public record PublicEndpoints(List<String> paths, List<String> withoutCsrf, List<String> sessionlessLookUps) {

	public PublicEndpoints {
		paths = List.copyOf(paths);
		withoutCsrf = List.copyOf(withoutCsrf);
		sessionlessLookUps = List.copyOf(sessionlessLookUps);
	}

	public PublicEndpoints(List<String> paths, List<String> withoutCsrf) {
		this(paths, withoutCsrf, List.of());
	}

	public static PublicEndpoints of(String... paths) {
		return new PublicEndpoints(List.of(paths), List.of());
	}

	/** The same declaration, with these paths' {@code GET}s answered without reading or making a session. */
	public PublicEndpoints withSessionlessLookUps(String... lookUps) {
		return new PublicEndpoints(paths, withoutCsrf, List.of(lookUps));
	}

}
