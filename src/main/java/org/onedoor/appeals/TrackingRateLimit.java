package org.onedoor.appeals;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.onedoor.shared.web.LookUpLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Appeal tracking look-ups (/track, /api/appeals/track) per client address. Forty bits of random
 * tracking number are already unguessable; the limit also stops anyone from trying the 10,000
 * last-four combinations of a number they overheard.
 */
@Component
class TrackingRateLimit extends LookUpLimit {

	TrackingRateLimit(DataSource dataSource, Clock clock,
			@Value("${onedoor.appeals.tracking.lookups-per-address:20}") int lookups,
			@Value("${onedoor.appeals.tracking.period:PT10M}") Duration period,
			@Value("${onedoor.appeals.tracking.local-allowance:5}") int allowance) {
		super(dataSource, clock, "appeals.rate_bucket", "track:", lookups, period, allowance);
	}

}
