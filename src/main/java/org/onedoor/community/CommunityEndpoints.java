package org.onedoor.community;

import org.onedoor.identity.Role;
import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Community pages anyone may read (communities, teams, ideas, activities, their calendar files
 * and photos, the federation, the published summary); taking part needs a sign-in.
 */
@Configuration(proxyBeanMethods = false)
class CommunityEndpoints {

	@Bean
	PublicEndpoints communityPublicEndpoints() {
		return PublicEndpoints.of("/community", "/community/c/*", "/community/teams/*", "/community/ideas/*",
				"/community/activities/*", "/community/activities/*/photos/*", "/community/federations/*",
				"/api/community/summary");
	}

	@Bean
	NavigationItem communityMenu() {
		return new NavigationItem(Area.PORTAL, "community.nav.portal", "/community", null, 40);
	}

	@Bean
	NavigationItem myCommunityMenu() {
		return new NavigationItem(Area.PORTAL, "community.nav.mine", "/community/my", Role.CITIZEN.authority(), 41);
	}

	@Bean
	NavigationItem organiserMenu() {
		return new NavigationItem(Area.CONSOLE, "community.nav.console", "/console/community",
				Role.COMMUNITY_ORGANISER.authority(), 200);
	}

	@Bean
	NavigationItem volunteerMenu() {
		return new NavigationItem(Area.CONSOLE, "community.nav.volunteer", "/console/community",
				Role.VOLUNTEER.authority(), 201);
	}

	@Bean
	NavigationItem elderCareMenu() {
		return new NavigationItem(Area.CONSOLE, "community.nav.elders", "/console/community/elders",
				Role.COMMUNITY_ORGANISER.authority(), 202);
	}

	@Bean
	NavigationItem elderCareVolunteerMenu() {
		return new NavigationItem(Area.CONSOLE, "community.nav.elders", "/console/community/elders",
				Role.VOLUNTEER.authority(), 203);
	}

	@Bean
	NavigationItem myTimeBankMenu() {
		return new NavigationItem(Area.CONSOLE, "community.nav.timebank", "/community/my",
				Role.VOLUNTEER.authority(), 204);
	}

}
