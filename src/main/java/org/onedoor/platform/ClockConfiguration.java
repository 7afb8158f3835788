package org.onedoor.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in China's time zone, so tests can replace it and
 * deadlines are never computed against the server's own zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(CHINA);
	}

}
