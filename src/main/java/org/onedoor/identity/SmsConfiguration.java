package org.onedoor.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/**
 * Logs text messages when no real SMS provider is configured. A provider's {@link SmsGateway}
 * bean wins over this one without further configuration.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SmsGateway.class);

	@Bean
	@Fallback
	SmsGateway loggingSmsGateway() {
		return (mobile, text) -> log.warn("SMS not sent (no provider configured) to {}: {}", Masking.mobile(mobile), text);
	}

}
