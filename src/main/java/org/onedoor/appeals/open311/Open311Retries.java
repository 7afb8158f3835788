package org.onedoor.appeals.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * An optional {@code Idempotency-Key} header on {@code POST requests}: a client that retries
 * after a lost answer gets the request made the first time. Shares the channel API's table, whose
 * primary key (client, key) makes a concurrent retry wait for the first and then find it. Runs
 * inside the submission's transaction, so a refused submission leaves no claim behind.
 */
@Component
class Open311Retries {

	static final String HEADER = "Idempotency-Key";

	private final JdbcClient jdbc;

	Open311Retries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims the key, or answers with what the first submission under it made. */
	Optional<Open311Submission.Created> claim(long apiKeyId, String key, MultiValueMap<String, String> form) {
		if (!key.matches("[\\x21-\\x7E]{1,100}")) {
			throw Open311Exception.badRequest(HEADER, "appeals-api.channel.idempotencyKey.invalid");
		}
		String hash = hash(form);
		int claimed = jdbc.sql("""
				insert into appeals.channel_submission(api_key_id, idempotency_key, request_hash)
				values (?, ?, ?) on conflict do nothing""")
			.params(apiKeyId, key, hash)
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		record Earlier(String hash, String number, String token) {
		}
		Earlier earlier = jdbc.sql("""
				select s.request_hash, a.tracking_number, o.token from appeals.channel_submission s
				join appeals.appeal a on a.id = s.appeal_id
				join appeals.open311_request o on o.appeal_id = a.id
				where s.api_key_id = ? and s.idempotency_key = ?""")
			.params(apiKeyId, key)
			.query((rs, n) -> new Earlier(rs.getString(1), rs.getString(2), rs.getString(3)))
			.single();
		if (!earlier.hash().equals(hash)) {
			throw new Open311Exception(HttpStatus.UNPROCESSABLE_CONTENT, HEADER, "appeals-api.channel.idempotencyKey.reused");
		}
		return Optional.of(new Open311Submission.Created(earlier.number(), earlier.token(), true));
	}

	void settle(long apiKeyId, String key, long appealId) {
		jdbc.sql("update appeals.channel_submission set appeal_id = ? where api_key_id = ? and idempotency_key = ?")
			.params(appealId, apiKeyId, key)
			.update();
	}

	/** The fields as sent, in a fixed order: the same request retried hashes the same. */
	private static String hash(MultiValueMap<String, String> form) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(new TreeMap<>(form).toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
