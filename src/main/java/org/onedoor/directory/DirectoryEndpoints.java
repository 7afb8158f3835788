package org.onedoor.directory;

import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Divisions and units are public information; the console pages are for staff. */
@Configuration(proxyBeanMethods = false)
class DirectoryEndpoints {

	@Bean
	PublicEndpoints directoryPublicEndpoints() {
		return PublicEndpoints.of("/api/divisions", "/api/divisions/**", "/api/units", "/api/units/**");
	}

	@Bean
	NavigationItem divisionsMenu() {
		return new NavigationItem(Area.CONSOLE, "directory.nav.divisions", "/console/divisions", "STAFF", 80);
	}

	@Bean
	NavigationItem unitsMenu() {
		return new NavigationItem(Area.CONSOLE, "directory.nav.units", "/console/units", "STAFF", 81);
	}

}
