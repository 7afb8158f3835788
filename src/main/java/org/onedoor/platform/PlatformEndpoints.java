package org.onedoor.platform;

import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shell's own public paths and menu entries. */
@Configuration(proxyBeanMethods = false)
class PlatformEndpoints {

	@Bean
	PublicEndpoints platformPublicEndpoints() {
		return PublicEndpoints.of("/", "/preferences/**", "/error", "/css/**", "/js/**", "/images/**",
				"/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/prometheus");
	}

	@Bean
	NavigationItem homeMenu() {
		return new NavigationItem(Area.PORTAL, "nav.home", "/", null, 0);
	}

	@Bean
	NavigationItem consoleHomeMenu() {
		return new NavigationItem(Area.CONSOLE, "nav.console", "/console", null, 0);
	}

}
