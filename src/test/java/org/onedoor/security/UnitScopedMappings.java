package org.onedoor.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping with a path variable, read from Spring MVC itself: either it names an
 * object one unit owns (swept as another unit) or it is listed below with the reason it is not
 * swept. A new mapping that is neither fails the sweep, so it cannot slip past unreviewed.
 */
final class UnitScopedMappings {

	enum Kind {

		APPEAL, ATTACHMENT, SUPERVISION_ORDER, FILED_APPEAL_NUMBER

	}

	/** One mapping to sweep: the pattern, its HTTP method and its handler (for the parameters it needs). */
	record Target(Kind kind, String pattern, RequestMethod method, HandlerMethod handler) {

		String path(Object value) {
			return pattern.replaceFirst("\\{[^}]*}", value.toString());
		}

	}

	private static final Map<Pattern, Kind> SWEPT = Map.of(
			Pattern.compile("/console/appeals/\\{id}(/.*)?"), Kind.APPEAL,
			Pattern.compile("/appeals/attachments/\\{id}"), Kind.ATTACHMENT,
			Pattern.compile("/console/oversight/orders/\\{id}(/.*)?"), Kind.SUPERVISION_ORDER,
			Pattern.compile("/console/assisted/slip/\\{number}"), Kind.FILED_APPEAL_NUMBER);

	/** Prefixes not swept, and why. */
	static final Map<String, String> EXCLUDED = new LinkedHashMap<>();

	static {
		EXCLUDED.put("/console/applications/", "unit-scoped by ApplicationAccess (404 for other halls and units): "
				+ "applications/ApplicationAccessTests");
		EXCLUDED.put("/hall/my/", "a citizen's own applications (404 for anyone else): ApplicationAccessTests");
		EXCLUDED.put("/console/community/", "elders and activities belong to a community, not a unit; "
				+ "organisers of other communities: community/ElderCareTests (403/404)");
		EXCLUDED.put("/community/", "public community pages and a resident's own registrations and claims");
		EXCLUDED.put("/hall/", "public service catalogue and guides");
		EXCLUDED.put("/console/catalogue/", "catalogue administration (ADMIN only), no unit-owned objects");
		EXCLUDED.put("/console/network/", "service points administration (ADMIN only), public data");
		EXCLUDED.put("/console/units/", "units administration (ADMIN), public reference data");
		EXCLUDED.put("/console/divisions/", "division tree, public reference data");
		EXCLUDED.put("/console/calendar/", "calendar and office hours administration, public data");
		EXCLUDED.put("/console/accounts/", "staff administration (ADMIN only, own division): identity/StaffAdministrationTests");
		EXCLUDED.put("/console/appeals/categories/", "category administration (ADMIN only), reference data");
		EXCLUDED.put("/console/appeals/deadline-rules/", "deadline rules (ADMIN only), reference data");
		EXCLUDED.put("/console/appeals/routing/catalogue/", "dispatch catalogue (ADMIN only), reference data");
		EXCLUDED.put("/console/hotline/answers/", "knowledge-base answers read out by operators, no personal data");
		EXCLUDED.put("/console/api-keys/", "channel API keys (ADMIN only)");
		EXCLUDED.put("/console/hot-topics/", "LEADER/SUPERVISOR/ADMIN only, and a topic is looked up within the "
				+ "viewer's division (HotTopicStore.topic(id, prefix))");
		EXCLUDED.put("/console/assessment/", "LEADER/SUPERVISOR/ADMIN only; the drill-down lists tracking numbers, "
				+ "channel and status (no title, no citizen) and links to the scope-checked appeal page");
		EXCLUDED.put("/api/identity/accounts/", "display name and unit of a staff account, for staff pages");
		EXCLUDED.put("/api/", "public machine-readable reference data; the channel API needs the channel's key");
		EXCLUDED.put("/open311/", "Open311: public reference data; a request shows no personal data");
		EXCLUDED.put("/track/", "citizen tracking needs number + last four of the mobile: TrackingEnumerationTests");
		EXCLUDED.put("/board/", "the public message board shows only what the citizen chose to publish");
	}

	private UnitScopedMappings() {
	}

	/**
	 * Sweep targets; {@code unreviewed} receives the mappings neither swept nor excluded, and
	 * {@code stale} the exclusions no mapping needs any more (both must stay empty).
	 */
	static List<Target> targets(RequestMappingHandlerMapping mappings, List<String> unreviewed, List<String> stale) {
		List<Target> targets = new ArrayList<>();
		Set<String> used = new java.util.HashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (!pattern.contains("{")) {
					continue;
				}
				Kind kind = kindOf(pattern);
				if (kind == null) {
					EXCLUDED.keySet().stream().filter(pattern::startsWith).findFirst()
						.ifPresentOrElse(used::add, () -> unreviewed.add(pattern));
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					targets.add(new Target(kind, pattern, method, mapping.getValue()));
				}
			}
		}
		EXCLUDED.keySet().stream().filter(prefix -> !used.contains(prefix)).forEach(stale::add);
		return targets;
	}

	private static Kind kindOf(String pattern) {
		return SWEPT.entrySet().stream()
			.filter(e -> e.getKey().matcher(pattern).matches())
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
