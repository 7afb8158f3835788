package org.onedoor.shared.web;

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

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Look-ups of a public page (tracking an appeal, tracking an application) per client address,
 * counted in PostgreSQL so every node counts the same. A module names its own limit by extending
 * this class as a component, with its own settings and its own Bucket4j table (in its schema).
 * <p>
 * The shared count is a locked row and a commit; almost every citizen looks up once or twice, so
 * each node first counts an address's look-ups itself and goes to the shared count only from the
 * one after the local allowance, then charging the look-ups it counted alone. One node allows
 * exactly the configured number; N nodes allow at most {@code allowance × (N − 1)} more.
 */
public abstract class LookUpLimit {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final BucketConfiguration perAddress;

	private final LocalLookUps local;

	private final String keyPrefix;

	/**
	 * @param table the Bucket4j table ({@code id varchar primary key, state bytea, expires_at bigint})
	 * @param keyPrefix put before the address in the table's key
	 * @param allowance look-ups a node counts alone before it charges the shared count; 0 for none
	 */
	protected LookUpLimit(DataSource dataSource, Clock clock, String table, String keyPrefix, int lookUps,
			Duration period, int allowance) {
		this.local = new LocalLookUps(clock, period, Math.min(allowance, lookUps));
		this.keyPrefix = keyPrefix;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(table)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.perAddress = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(lookUps).refillIntervally(lookUps, period).build())
			.build();
	}

	/** Takes one look-up; empty if allowed, else how long to wait. */
	public Optional<Duration> tryLookUp(String address) {
		long charge = local.count(address);
		if (charge == 0) {
			return Optional.empty();
		}
		var probe = buckets.getProxy(keyPrefix + address, () -> perAddress).tryConsumeAndReturnRemaining(charge);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** Spring calls it on every subclass that is a bean. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
	void removeExpired() {
		local.forgetExpired();
		while (buckets.removeExpired(500) == 500) {
			// small batches, short locks
		}
	}

}
