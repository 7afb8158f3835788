package org.onedoor.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onedoor.appeals.AppealType;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 8 §5, "a reported unit never sees who reported it", swept: a 举报 dispatched to
 * 贵阳市城市管理局 and a supervision order about it; the unit's handler and head then open every
 * page and API the console offers without a path variable (lists, inboxes, boards, notices,
 * exports, htmx fragments) and every page naming the report or the order. No answer may carry
 * the reporter's name or mobile number, in full or masked. Texts sent to the unit (SMS) carry
 * only the tracking number and deadlines by construction (AppealNotifications.dispatched).
 */
class ReporterProtectionSweepTests extends SweepTestSupport {

	/** Not a page: signing out would end the request's session mid-sweep. */
	private static final Set<String> NOT_PAGES = Set.of("/logout");

	@Test
	void noPageOrApiShowsTheReporterToTheUnitReportedOn() throws Exception {
		UnitScopeFixtures fixtures = fixtures();
		long report = fixtures.dispatchedAppeal(AppealType.REPORT, UnitScopeFixtures.REPORTER_NAME,
				UnitScopeFixtures.REPORTER_MOBILE);
		long order = fixtures.supervisionOrder(report);
		List<String> paths = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				boolean staffSide = pattern.startsWith("/console") || pattern.startsWith("/api/");
				if (staffSide && !pattern.contains("{") && !NOT_PAGES.contains(pattern)) {
					paths.add(pattern);
				}
			}
		}
		paths.addAll(List.of("/console/appeals/" + report, "/console/oversight/orders/" + order,
				"/console/oversight/orders/" + order + "/print"));
		// the page the unit works on does show the report itself: the sweep would see it if it leaked
		String mine = mvc.perform(get("/console/appeals/" + report).with(fixtures.as("handler"))).andReturn()
			.getResponse().getContentAsString();
		assertThat(mine).contains(UnitScopeFixtures.TITLE).contains("身份对被反映单位保密");

		List<String> shown = new ArrayList<>();
		List<String> broken = new ArrayList<>();
		for (String login : List.of("handler", "head")) {
			for (String path : paths) {
				for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("HX-Request", "true"))) {
					var request = get(path).with(fixtures.as(login));
					headers.forEach(request::header);
					MvcResult result = mvc.perform(request).andReturn();
					String body = result.getResponse().getContentAsString();
					if (body.contains(UnitScopeFixtures.REPORTER_NAME) || body.contains(UnitScopeFixtures.REPORTER_MOBILE)
							|| body.contains(UnitScopeFixtures.REPORTER_MASKED)) {
						shown.add(login + " " + path + headers.keySet());
					}
					if (result.getResponse().getStatus() >= 500) {
						broken.add(login + " " + path + headers.keySet() + " -> " + result.getResponse().getStatus());
					}
				}
			}
		}
		assertThat(paths).hasSizeGreaterThan(30);
		assertThat(shown).as("answers showing the reporter to the unit reported on").isEmpty();
		assertThat(broken).as("answers >= 500").isEmpty();
	}

}
