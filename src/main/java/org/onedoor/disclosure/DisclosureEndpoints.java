package org.onedoor.disclosure;

import org.onedoor.identity.Role;
import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The weekly disclosure is public; assessment and dashboards are for leaders, supervisors, administrators. */
@Configuration(proxyBeanMethods = false)
class DisclosureEndpoints {

	@Bean
	PublicEndpoints disclosurePublicEndpoints() {
		return PublicEndpoints.of("/disclosure/weekly", "/disclosure/weekly.csv", "/disclosure/weekly.xlsx",
				"/api/disclosure/weekly");
	}

	@Bean
	NavigationItem disclosureMenu() {
		return new NavigationItem(Area.PORTAL, "disclosure.nav.weekly", "/disclosure/weekly", null, 50);
	}

	@Bean
	NavigationItem dashboardsLeaderMenu() {
		return new NavigationItem(Area.CONSOLE, "disclosure.nav.dashboards", "/console/dashboards", Role.LEADER.authority(), 300);
	}

	@Bean
	NavigationItem dashboardsSupervisorMenu() {
		return new NavigationItem(Area.CONSOLE, "disclosure.nav.dashboards", "/console/dashboards",
				Role.SUPERVISOR.authority(), 301);
	}

	@Bean
	NavigationItem dashboardsAdminMenu() {
		return new NavigationItem(Area.CONSOLE, "disclosure.nav.dashboards", "/console/dashboards", Role.ADMIN.authority(), 302);
	}

	@Bean
	NavigationItem assessmentLeaderMenu() {
		return new NavigationItem(Area.CONSOLE, "disclosure.nav.assessment", "/console/assessment", Role.LEADER.authority(), 303);
	}

	@Bean
	NavigationItem assessmentSupervisorMenu() {
		return new NavigationItem(Area.CONSOLE, "disclosure.nav.assessment", "/console/assessment",
				Role.SUPERVISOR.authority(), 304);
	}

	@Bean
	NavigationItem assessmentAdminMenu() {
		return new NavigationItem(Area.CONSOLE, "disclosure.nav.assessment", "/console/assessment", Role.ADMIN.authority(), 305);
	}

}
