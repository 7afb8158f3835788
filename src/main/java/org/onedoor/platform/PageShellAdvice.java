package org.onedoor.platform;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.WebUtils;

/**
 * What every page's shell needs: the menus the signed-in person may see, the elderly-friendly
 * mode and the current path (for the language switch).
 */
@ControllerAdvice
class PageShellAdvice {

	static final String ELDER_COOKIE = "onedoor-elder";

	private final List<NavigationItem> navigation;

	PageShellAdvice(List<NavigationItem> navigation) {
		this.navigation = navigation.stream()
			.sorted(java.util.Comparator.comparingInt(NavigationItem::order))
			.toList();
	}

	@ModelAttribute("portalMenu")
	List<NavigationItem> portalMenu() {
		return visible(Area.PORTAL);
	}

	@ModelAttribute("consoleMenu")
	List<NavigationItem> consoleMenu() {
		return visible(Area.CONSOLE);
	}

	@ModelAttribute("elderMode")
	boolean elderMode(HttpServletRequest request) {
		var cookie = WebUtils.getCookie(request, ELDER_COOKIE);
		return cookie != null && "on".equals(cookie.getValue());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	private List<NavigationItem> visible(Area area) {
		Collection<String> authorities = currentAuthorities();
		return navigation.stream()
			.filter(item -> item.area() == area && item.visibleTo(authorities))
			.toList();
	}

	private static Set<String> currentAuthorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
	}

}
