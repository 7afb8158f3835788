package org.onedoor.network;

import org.onedoor.identity.Role;
import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where to go and the coverage figures are public; administering points needs ADMIN. */
@Configuration(proxyBeanMethods = false)
class NetworkEndpoints {

	@Bean
	PublicEndpoints networkPublicEndpoints() {
		return PublicEndpoints.of("/hall/where", "/api/network/coverage", "/api/network/points");
	}

	@Bean
	NavigationItem networkCoverageMenu() {
		return new NavigationItem(Area.CONSOLE, "network.nav.coverage", "/console/network/coverage", "STAFF", 300);
	}

	@Bean
	NavigationItem networkPointsMenu() {
		return new NavigationItem(Area.CONSOLE, "network.nav.points", "/console/network/points", Role.ADMIN.authority(), 301);
	}

}
