package org.onedoor.appeals;

import org.onedoor.identity.Role;
import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The people's channels' open paths and menu entries. Reading the board and tracking need no
 * account; posting, "me too" and petitions do. Attachments decide access themselves (a tracked
 * session without an account may see its own appeal's files).
 */
@Configuration(proxyBeanMethods = false)
class DeskEndpoints {

	@Bean
	PublicEndpoints appealsDeskPublicEndpoints() {
		return PublicEndpoints.of("/board", "/board/{number:[0-9][0-9A-Za-z-]+}", "/track", "/track/**",
				"/api/appeals/track", "/appeals/attachments/**")
			.withSessionlessLookUps("/api/appeals/track");
	}

	@Bean
	NavigationItem boardMenu() {
		return new NavigationItem(Area.PORTAL, "appeals.desk.nav.board", "/board", null, 30);
	}

	@Bean
	NavigationItem trackMenu() {
		return new NavigationItem(Area.PORTAL, "appeals.desk.nav.track", "/track", null, 31);
	}

	@Bean
	NavigationItem myAppealsMenu() {
		return new NavigationItem(Area.PORTAL, "appeals.desk.nav.mine", "/my/appeals", Role.CITIZEN.authority(), 32);
	}

	@Bean
	NavigationItem petitionMenu() {
		return new NavigationItem(Area.PORTAL, "appeals.desk.nav.petition", "/petitions/new", Role.CITIZEN.authority(), 33);
	}

	@Bean
	NavigationItem hotlineMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.desk.nav.hotline", "/console/hotline",
				Role.HOTLINE_OPERATOR.authority(), 100);
	}

	@Bean
	NavigationItem knowledgeBaseMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.desk.nav.kb", "/console/hotline/answers",
				Role.HOTLINE_OPERATOR.authority(), 101);
	}

	@Bean
	NavigationItem assistedMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.desk.nav.assisted.clerk", "/console/assisted",
				Role.WINDOW_CLERK.authority(), 110);
	}

	@Bean
	NavigationItem agentMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.desk.nav.assisted.agent", "/console/assisted",
				Role.VILLAGE_AGENT.authority(), 111);
	}

	@Bean
	NavigationItem petitionConsoleMenu() {
		return new NavigationItem(Area.CONSOLE, "appeals.desk.nav.petitionConsole", "/console/petitions/new",
				Role.DISPATCHER.authority(), 120);
	}

}
