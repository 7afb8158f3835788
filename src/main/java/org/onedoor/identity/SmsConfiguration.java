package org.onedoor.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Falls back to logging text messages when no real SMS provider is configured. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SmsGateway.class);

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway loggingSmsGateway() {
		return (mobile, text) -> log.warn("SMS not sent (no provider configured) to {}: {}", Masking.mobile(mobile), text);
	}

}
