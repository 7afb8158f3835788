package org.onedoor.appeals;

import org.onedoor.identity.Role;
import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appeal work's settings and its entries in the staff console. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppealWorkProperties.class)
class AppealWorkConfiguration {

	@Bean
	NavigationItem appealQueueMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.nav.queue", "/console/appeals/queue", Role.DISPATCHER.authority(), 20);
	}

	@Bean
	NavigationItem appealInboxMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.nav.inbox", "/console/appeals/inbox", Role.UNIT_HANDLER.authority(), 21);
	}

	@Bean
	NavigationItem appealHeadInboxMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.nav.inbox", "/console/appeals/inbox", Role.UNIT_HEAD.authority(), 21);
	}

	@Bean
	NavigationItem appealOverviewMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.nav.overview", "/console/appeals/overview", Role.UNIT_HEAD.authority(), 22);
	}

	@Bean
	NavigationItem routingMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.routing.nav", "/console/appeals/routing", Role.ADMIN.authority(), 85);
	}

	@Bean
	NavigationItem dispatchCatalogueMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.routing.catalogue.nav", "/console/appeals/routing/catalogue", Role.ADMIN.authority(), 86);
	}

	@Bean
	NavigationItem categoriesMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.nav.categories", "/console/appeals/categories", Role.ADMIN.authority(), 84);
	}

	@Bean
	NavigationItem deadlineRulesMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.nav.rules", "/console/appeals/deadline-rules", Role.ADMIN.authority(), 85);
	}

}
