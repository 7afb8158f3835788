package org.onedoor.appeals.api;

import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Open311 and the channel API are called by machines: open without a sign-in (Open311's reads
 * are public by the specification; writes and the channel API check an API key themselves) and
 * without CSRF tokens, which only protect browsers' cookies.
 */
@Configuration(proxyBeanMethods = false)
class AppealsApiEndpoints {

	static final String CHANNEL_API = "/api/channel/v1";

	@Bean
	PublicEndpoints appealsApiPublicEndpoints() {
		var paths = java.util.List.of("/open311/**", "/api/channel/**");
		return new PublicEndpoints(paths, paths);
	}

	@Bean
	NavigationItem apiKeysMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals-api.nav.keys", "/console/api-keys", "ROLE_ADMIN", 905);
	}

}
