package org.onedoor.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit codes sent by SMS to prove someone holds a mobile number. A code lives five
 * minutes, allows {@value #MAX_ATTEMPTS} tries and is stored only as a hash.
 */
@Service
class SmsChallenges {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 5;

	enum Outcome {
		VERIFIED, WRONG, EXPIRED, EXHAUSTED, UNKNOWN
	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder hashing;

	private final SmsGateway sms;

	private final RateLimits limits;

	private final MessageSource messages;

	SmsChallenges(JdbcClient jdbc, PasswordEncoder hashing, SmsGateway sms, RateLimits limits, MessageSource messages) {
		this.jdbc = jdbc;
		this.hashing = hashing;
		this.sms = sms;
		this.limits = limits;
		this.messages = messages;
	}

	/** Sends a fresh code; @throws RateLimitedException when this number or address asked too often */
	@Transactional
	UUID issue(String mobile, String purpose, String address, Locale locale) {
		limits.trySendSms(mobile, address).ifPresent(wait -> {
			throw new RateLimitedException(wait);
		});
		String code = String.format("%06d", random.nextInt(1_000_000));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into identity.sms_challenge(id, mobile, purpose, code_hash, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(id, mobile, purpose, hashing.encode(code), OffsetDateTime.now().plus(LIFETIME))
			.update();
		sms.send(mobile, messages.getMessage("identity.sms.text", new Object[] { code, LIFETIME.toMinutes() }, locale));
		return id;
	}

	Optional<String> mobileOf(UUID id) {
		return jdbc.sql("select mobile from identity.sms_challenge where id = ? and verified_at is null")
			.param(id)
			.query(String.class)
			.optional();
	}

	/** Counts the attempt in its own transaction so a wrong code is counted even if the caller fails. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Outcome verify(UUID id, String code) {
		var challenge = jdbc.sql("""
				select code_hash, expires_at, attempts from identity.sms_challenge
				where id = ? and verified_at is null for update""")
			.param(id)
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getInt(3) })
			.optional();
		if (challenge.isEmpty()) {
			return Outcome.UNKNOWN;
		}
		if (((OffsetDateTime) challenge.get()[1]).isBefore(OffsetDateTime.now())) {
			return Outcome.EXPIRED;
		}
		if ((int) challenge.get()[2] >= MAX_ATTEMPTS) {
			return Outcome.EXHAUSTED;
		}
		String typed = code == null ? "" : code.trim();
		if (!typed.matches("[0-9]{6}") || !hashing.matches(typed, (String) challenge.get()[0])) {
			jdbc.sql("update identity.sms_challenge set attempts = attempts + 1 where id = ?").param(id).update();
			return Outcome.WRONG;
		}
		jdbc.sql("update identity.sms_challenge set verified_at = now() where id = ?").param(id).update();
		return Outcome.VERIFIED;
	}

}
