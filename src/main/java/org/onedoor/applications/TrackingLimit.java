package org.onedoor.applications;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.onedoor.shared.web.LookUpLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Application tracking look-ups (/hall/track) per client address, so numbers cannot be tried in bulk. */
@Component
class TrackingLimit extends LookUpLimit {

	TrackingLimit(DataSource dataSource, Clock clock, @Value("${onedoor.applications.tracking.lookups:20}") int lookups,
			@Value("${onedoor.applications.tracking.period:PT10M}") Duration period,
			@Value("${onedoor.applications.tracking.local-allowance:5}") int allowance) {
		super(dataSource, clock, "applications.rate_bucket", "hall-track:", lookups, period, allowance);
	}

}
