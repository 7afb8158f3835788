package org.onedoor.appeals;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tracking look-ups per client address, counted in PostgreSQL so every node counts the same
 * (the approach of identity's sign-in limits). Forty bits of random tracking number are already
 * unguessable; the limit also stops anyone from trying the 10,000 last-four combinations of a
 * number they overheard.
 * <p>
 * The shared count is a locked row and a commit; almost every citizen looks up once or twice, so
 * each node first counts an address's look-ups itself and goes to the shared count only from the
 * one after the local allowance, then charging the look-ups it counted alone. One node allows
 * exactly the configured number; N nodes allow at most {@code allowance × (N − 1)} more.
 */
@Component
class TrackingRateLimit {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final BucketConfiguration perAddress;

	private final LocalLookUps local;

	TrackingRateLimit(DataSource dataSource, Clock clock,
			@Value("${onedoor.appeals.tracking.lookups-per-address:20}") int lookups,
			@Value("${onedoor.appeals.tracking.period:PT10M}") Duration period,
			@Value("${onedoor.appeals.tracking.local-allowance:5}") int allowance) {
		this.local = new LocalLookUps(clock, period, Math.min(allowance, lookups));
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("appeals.rate_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.perAddress = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(lookups).refillIntervally(lookups, period).build())
			.build();
	}

	/** Takes one look-up; empty if allowed, else how long to wait. */
	Optional<Duration> tryLookUp(String address) {
		long charge = local.count(address);
		if (charge == 0) {
			return Optional.empty();
		}
		var probe = buckets.getProxy("track:" + address, () -> perAddress).tryConsumeAndReturnRemaining(charge);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
	void removeExpired() {
		local.forgetExpired();
		while (buckets.removeExpired(500) == 500) {
			// small batches, short locks
		}
	}

}
