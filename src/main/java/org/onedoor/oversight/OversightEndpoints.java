package org.onedoor.oversight;

import org.onedoor.identity.Role;
import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Oversight's menu entries. */
@Configuration(proxyBeanMethods = false)
class OversightEndpoints {

	@Bean
	NavigationItem oversightNoticesNavigation() {
		return new NavigationItem(Area.CONSOLE, "oversight.nav.notices", "/console/oversight/notices",
				Role.STAFF_AUTHORITY, 60);
	}

	@Bean
	NavigationItem oversightBoardNavigation() {
		return new NavigationItem(Area.CONSOLE, "oversight.nav.board", "/console/oversight", Role.SUPERVISOR.authority(), 58);
	}

	@Bean
	NavigationItem oversightOrdersNavigation() {
		return new NavigationItem(Area.CONSOLE, "oversight.nav.orders", "/console/oversight/orders", Role.STAFF_AUTHORITY,
				59);
	}

}
