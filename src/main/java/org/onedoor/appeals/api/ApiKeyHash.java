package org.onedoor.appeals.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys are long random secrets, so a plain SHA-256 is enough to keep them unusable if the
 * table leaks (slow password hashes exist for guessable secrets, and would slow every call).
 */
final class ApiKeyHash {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeyHash() {
	}

	/** A fresh key: "od_" and 32 random bytes, URL-safe so it fits a form field or a header as is. */
	static String newKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "od_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String of(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	/** What the console shows to tell keys apart: the first few characters only. */
	static String prefix(String key) {
		return key.substring(0, Math.min(8, key.length()));
	}

}
