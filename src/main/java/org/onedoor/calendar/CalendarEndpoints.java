package org.onedoor.calendar;

import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar's public API and its console menu entry. */
@Configuration(proxyBeanMethods = false)
class CalendarEndpoints {

	@Bean
	PublicEndpoints calendarPublicEndpoints() {
		return PublicEndpoints.of("/api/calendar/**");
	}

	@Bean
	NavigationItem calendarConsoleMenu() {
		return new NavigationItem(Area.CONSOLE, "calendar.nav", "/console/calendar", "ROLE_ADMIN", 900);
	}

}
