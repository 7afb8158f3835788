package org.onedoor.identity;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in PostgreSQL so every application node counts the same failures. A
 * bucket that runs empty stays empty until its interval has passed, which is the temporary
 * lock-out.
 */
@Component
class RateLimits {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final Supplier<BucketConfiguration> perAccount;

	private final Supplier<BucketConfiguration> perAddress;

	private final Supplier<BucketConfiguration> smsPerMobile;

	private final Supplier<BucketConfiguration> smsPerAddress;

	RateLimits(DataSource dataSource, RateLimitProperties limits) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("identity.rate_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.perAccount = intervally(limits.failuresPerAccount(), limits.lockout());
		this.perAddress = intervally(limits.failuresPerAddress(), limits.lockout());
		Duration hour = Duration.ofHours(1);
		this.smsPerMobile = () -> BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(limits.smsPerMobile()).refillIntervally(limits.smsPerMobile(), hour).build())
			.addLimit(Bandwidth.builder().capacity(1).refillIntervally(1, limits.smsInterval()).build())
			.build();
		this.smsPerAddress = intervally(limits.smsPerAddress(), hour);
	}

	/** How long sign-in stays blocked for this account name or address, empty if it is open. */
	Optional<Duration> signInBlocked(String login, String address) {
		return longest(wait(buckets.getProxy(accountKey(login), perAccount)),
				wait(buckets.getProxy("signin:address:" + address, perAddress)));
	}

	void signInFailed(String login, String address) {
		buckets.getProxy(accountKey(login), perAccount).tryConsume(1);
		buckets.getProxy("signin:address:" + address, perAddress).tryConsume(1);
	}

	/** A successful sign-in forgives the account's earlier failures (not the address's). */
	void signInSucceeded(String login) {
		buckets.removeProxy(accountKey(login));
	}

	/** Takes one SMS from both buckets; empty if sent is allowed, else how long to wait. */
	Optional<Duration> trySendSms(String mobile, String address) {
		var byAddress = buckets.getProxy("sms:address:" + address, smsPerAddress).tryConsumeAndReturnRemaining(1);
		if (!byAddress.isConsumed()) {
			return Optional.of(Duration.ofNanos(byAddress.getNanosToWaitForRefill()));
		}
		var byMobile = buckets.getProxy("sms:mobile:" + mobile, smsPerMobile).tryConsumeAndReturnRemaining(1);
		return byMobile.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(byMobile.getNanosToWaitForRefill()));
	}

	/** Expired buckets are just refilled buckets; dropping them keeps the table small. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void removeExpired() {
		while (buckets.removeExpired(500) == 500) {
			// keep going in small batches so no lock is held for long
		}
	}

	/**
	 * The bucket of whatever was typed as the account name. The database key holds 200 ordinary
	 * characters; anything longer or odd (NUL, broken surrogates) is counted under its hash, so
	 * hostile input is throttled like any other instead of failing the sign-in with a 500.
	 */
	static String accountKey(String login) {
		boolean plain = login.length() <= 150 && login.codePoints().allMatch(c -> c >= 0x20 && c != 0x7F
				&& Character.isValidCodePoint(c) && !Character.isSurrogate((char) c));
		if (plain) {
			return "signin:account:" + login;
		}
		try {
			byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest(login.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return "signin:account#" + java.util.HexFormat.of().formatHex(hash);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static Supplier<BucketConfiguration> intervally(int capacity, Duration period) {
		return () -> BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build())
			.build();
	}

	private static Optional<Duration> wait(io.github.bucket4j.Bucket bucket) {
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
		if (a.isEmpty()) {
			return b;
		}
		return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
	}

}
