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

}
