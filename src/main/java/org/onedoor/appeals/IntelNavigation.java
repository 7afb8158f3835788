package org.onedoor.appeals;

import org.onedoor.identity.Role;
import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console entries of appeals intelligence: hot topics for those who read them, synonyms for administrators. */
@Configuration(proxyBeanMethods = false)
class IntelNavigation {

	@Bean
	NavigationItem hotTopicsForLeaders() {
		return new NavigationItem(Area.CONSOLE, "appeals-intel.nav.hot", "/console/hot-topics", Role.LEADER.authority(), 30);
	}

	@Bean
	NavigationItem hotTopicsForSupervisors() {
		return new NavigationItem(Area.CONSOLE, "appeals-intel.nav.hot", "/console/hot-topics", Role.SUPERVISOR.authority(), 30);
	}

	@Bean
	NavigationItem hotTopicsForAdministrators() {
		return new NavigationItem(Area.CONSOLE, "appeals-intel.nav.hot", "/console/hot-topics", Role.ADMIN.authority(), 30);
	}

	@Bean
	NavigationItem duplicateSynonyms() {
		return new NavigationItem(Area.CONSOLE, "appeals-intel.nav.synonyms", "/console/appeals/synonyms", Role.ADMIN.authority(), 87);
	}

}
