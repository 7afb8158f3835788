package org.onedoor.applications;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Tracking look-ups per client address (Bucket4j in PostgreSQL, so every node counts the same). */
@Component
class TrackingLimit {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final BucketConfiguration perAddress;

	TrackingLimit(DataSource dataSource, @Value("${onedoor.applications.tracking.lookups:20}") int lookups,
			@Value("${onedoor.applications.tracking.period:PT10M}") Duration period) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("applications.rate_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.perAddress = BucketConfiguration.builder()
			.addLimit(io.github.bucket4j.Bandwidth.builder().capacity(lookups).refillIntervally(lookups, period).build())
			.build();
	}

	Optional<Duration> tryLookUp(String address) {
		var probe = buckets.getProxy("hall-track:" + address, () -> perAddress).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT20M")
	void removeExpired() {
		while (buckets.removeExpired(500) == 500) {
			// small batches, short locks
		}
	}

}
