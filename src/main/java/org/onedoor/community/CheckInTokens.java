package org.onedoor.community;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed token in an activity's check-in QR code: the activity, an expiry, and an
 * HMAC-SHA256 over both with the activity's own random key, so a code photographed for one
 * activity opens nothing else and stops working after the activity.
 */
final class CheckInTokens {

	private CheckInTokens() {
	}

	static String sign(long activityId, Instant expires, String hexKey) {
		String payload = activityId + "." + expires.getEpochSecond();
		return payload + "." + mac(payload, hexKey);
	}

	/** Whether the token is for this activity, genuine and not expired. */
	static boolean valid(String token, long activityId, Instant now, String hexKey) {
		if (token == null || token.length() > 200) {
			return false;
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3 || !parts[0].equals(Long.toString(activityId)) || !parts[1].matches("\\d{1,12}")) {
			return false;
		}
		String expected = mac(parts[0] + "." + parts[1], hexKey);
		boolean genuine = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII));
		return genuine && now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])));
	}

	private static String mac(String payload, String hexKey) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
