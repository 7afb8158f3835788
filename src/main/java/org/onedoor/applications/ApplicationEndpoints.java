package org.onedoor.applications;

import org.onedoor.identity.Role;
import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tracking and the published 好差评 figures are open to everyone; filing and the console need a sign-in. */
@Configuration(proxyBeanMethods = false)
class ApplicationEndpoints {

	@Bean
	PublicEndpoints applicationsPublicEndpoints() {
		return PublicEndpoints.of("/hall/track", "/hall/reviews", "/api/hall/reviews");
	}

	@Bean
	NavigationItem myApplicationsMenu() {
		return new NavigationItem(Area.PORTAL, "applications.nav.mine", "/hall/my", null, 31);
	}

	@Bean
	NavigationItem reviewsMenu() {
		return new NavigationItem(Area.PORTAL, "applications.nav.reviews", "/hall/reviews", null, 33);
	}

	@Bean
	NavigationItem applicationsConsoleMenu() {
		return new NavigationItem(Area.CONSOLE, "applications.nav.console", "/console/applications",
				Role.STAFF_AUTHORITY, 120);
	}

	@Bean
	NavigationItem rectificationsMenu() {
		return new NavigationItem(Area.CONSOLE, "applications.nav.rectifications", "/console/applications/rectifications",
				Role.UNIT_HEAD.authority(), 121);
	}

	@Bean
	NavigationItem rectificationsSupervisorMenu() {
		return new NavigationItem(Area.CONSOLE, "applications.nav.rectifications", "/console/applications/rectifications",
				Role.SUPERVISOR.authority(), 122);
	}

}
