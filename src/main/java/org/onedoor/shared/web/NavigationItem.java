package org.onedoor.shared.web;

/**
 * One entry in the portal's or the staff console's menu, contributed by the module that owns
 * the page so the shared layout never has to know the features.
 *
 * @param area {@link Area#PORTAL} for citizens, {@link Area#CONSOLE} for staff
 * @param messageKey bundle key of the label
 * @param path where the entry leads
 * @param authority the authority needed to see the entry, or {@code null} for everyone
 * @param order position in the menu, lower first
 */
public record NavigationItem(Area area, String messageKey, String path, String authority, int order) {

	public enum Area {
		PORTAL, CONSOLE
	}

	public boolean visibleTo(java.util.Collection<String> authorities) {
		return authority == null || authorities.contains(authority);
	}

}
