package org.onedoor.platform;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.onedoor.shared.web.NavigationItem;
import org.onedoor.shared.web.NavigationItem.Area;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.WebUtils;

/**
 * What every page's shell needs: the menus the signed-in person may see, the elderly-friendly
 * mode and the current path (for the language switch). The layouts call it ({@code ${@pageShell…}})
 * while they render, rather than a controller advice filling every model: an advice ran for every
 * JSON answer too, about a sixth of a tracking look-up's request CPU (docs/benchmarks.md), and a
 * page rendered from an exception handler gets its menus all the same.
 */
@Component("pageShell")
public class PageShell {

	static final String ELDER_COOKIE = "onedoor-elder";

	/**
	 * Set by error pages: their path may carry what the person was refused (a tracking number), and
	 * the language switch would repeat it; it leads home instead.
	 */
	static final String PATH_NOT_REPEATED = PageShell.class.getName() + ".pathNotRepeated";

	private final List<NavigationItem> navigation;

	PageShell(List<NavigationItem> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	public List<NavigationItem> portalMenu() {
		return visible(Area.PORTAL);
	}

	public List<NavigationItem> consoleMenu() {
		return visible(Area.CONSOLE);
	}

	public boolean elderMode() {
		HttpServletRequest request = currentRequest();
		var cookie = request == null ? null : WebUtils.getCookie(request, ELDER_COOKIE);
		return cookie != null && "on".equals(cookie.getValue());
	}

	public String currentPath() {
		HttpServletRequest request = currentRequest();
		return request == null || request.getAttribute(PATH_NOT_REPEATED) != null ? null : request.getRequestURI();
	}

	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	private List<NavigationItem> visible(Area area) {
		Collection<String> authorities = currentAuthorities();
		return navigation.stream().filter(item -> item.area() == area && item.visibleTo(authorities)).toList();
	}

	private static Set<String> currentAuthorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

}
