package org.onedoor.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on failed sign-ins and SMS codes ({@code onedoor.identity.limits.*}).
 *
 * @param failuresPerAccount failed sign-ins allowed per account name within {@code lockout}
 * @param failuresPerAddress failed sign-ins allowed per IP address within {@code lockout}
 *        (higher: a whole office may share one address)
 * @param lockout how long a full set of failures blocks further tries
 * @param smsPerMobile codes sent to one mobile number per hour
 * @param smsPerAddress codes requested from one IP address per hour
 * @param smsInterval minimum time between two codes to the same number
 */
@ConfigurationProperties("onedoor.identity.limits")
record RateLimitProperties(Integer failuresPerAccount, Integer failuresPerAddress, Duration lockout,
		Integer smsPerMobile, Integer smsPerAddress, Duration smsInterval) {

	RateLimitProperties {
		failuresPerAccount = failuresPerAccount != null ? failuresPerAccount : 5;
		failuresPerAddress = failuresPerAddress != null ? failuresPerAddress : 30;
		lockout = lockout != null ? lockout : Duration.ofMinutes(15);
		smsPerMobile = smsPerMobile != null ? smsPerMobile : 5;
		smsPerAddress = smsPerAddress != null ? smsPerAddress : 20;
		smsInterval = smsInterval != null ? smsInterval : Duration.ofSeconds(60);
	}

}
