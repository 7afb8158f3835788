package org.onedoor.identity;

import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's open paths and menu entries. */
@Configuration(proxyBeanMethods = false)
class IdentityEndpoints {

	/** Where refused page requests are forwarded to show the friendly 403 page. */
	static final String DENIED_PATH = "/access-denied";

	@Bean
	PublicEndpoints identityPublicEndpoints() {
		return PublicEndpoints.of("/login", "/register", "/register/**", DENIED_PATH);
	}

	@Bean
	NavigationItem citizenPasswordMenu() {
		return new NavigationItem(Area.PORTAL, "identity.nav.password", "/account/password", Role.CITIZEN.authority(), 90);
	}

	@Bean
	NavigationItem registerMenu() {
		return new NavigationItem(Area.PORTAL, "identity.nav.register", "/register", "ROLE_ANONYMOUS", 95);
	}

	@Bean
	NavigationItem staffAccountsMenu() {
		return new NavigationItem(Area.CONSOLE, "identity.nav.accounts", "/console/accounts", Role.ADMIN.authority(), 900);
	}

	@Bean
	NavigationItem auditMenu() {
		return new NavigationItem(Area.CONSOLE, "identity.nav.audit", "/console/audit", Role.AUDIT_READER_AUTHORITY, 910);
	}

	@Bean
	NavigationItem staffPasswordMenu() {
		return new NavigationItem(Area.CONSOLE, "identity.nav.password", "/account/password", Role.STAFF_AUTHORITY, 990);
	}

}
