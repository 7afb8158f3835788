package org.onedoor.catalogue;

import org.onedoor.identity.Role;
import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service hall's guides, browsing, search, downloads, the reform report and the catalogue
 * API are open to anyone; administering items needs ADMIN or a unit head (for their unit).
 */
@Configuration(proxyBeanMethods = false)
class CatalogueEndpoints {

	@Bean
	PublicEndpoints cataloguePublicEndpoints() {
		return PublicEndpoints.of("/hall", "/hall/search", "/hall/events/*", "/hall/departments/*", "/hall/items/*",
				"/hall/items/*/materials/*/*", "/hall/reform", "/api/catalogue/items", "/api/catalogue/items/*",
				"/api/catalogue/reform");
	}

	@Bean
	NavigationItem hallMenu() {
		return new NavigationItem(Area.PORTAL, "catalogue.nav.hall", "/hall", null, 10);
	}

	@Bean
	NavigationItem catalogueAdminMenu() {
		return new NavigationItem(Area.CONSOLE, "catalogue.nav.admin", "/console/catalogue", Role.ADMIN.authority(), 300);
	}

	@Bean
	NavigationItem catalogueHeadMenu() {
		return new NavigationItem(Area.CONSOLE, "catalogue.nav.admin", "/console/catalogue", Role.UNIT_HEAD.authority(),
				301);
	}

	@Bean
	NavigationItem reformMenu() {
		return new NavigationItem(Area.CONSOLE, "catalogue.nav.reform", "/hall/reform", Role.ADMIN.authority(), 302);
	}

}
