package org.onedoor.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.appeals.AppealType;

import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Issue 8 §5, "a unit never sees another unit's appeals", swept over every mapping that names
 * an appeal, an attachment, a supervision order or a walk-in slip ({@link UnitScopedMappings}):
 * staff of other units (handler, head and window clerk in the same city, dispatcher and
 * supervisor of another city) get 403 or 404 for every GET and every action POST (with a valid
 * CSRF token and every parameter the handler requires), never the appeal's title or number,
 * and nothing changes.
 */
class UnitScopeSweepTests extends SweepTestSupport {

	UnitScopeFixtures fixtures;

	@BeforeEach
	void outsiders() {
		fixtures = fixtures();
		fixtures.outsiders();
	}

	@Test
	void staffOfOtherUnitsGetNothingFromAnyMappingThatNamesAUnitsObject() throws Exception {
		long complaint = fixtures.dispatchedAppeal(AppealType.COMPLAINT, "孙投诉", "13722223333");
		long report = fixtures.dispatchedAppeal(AppealType.REPORT, UnitScopeFixtures.REPORTER_NAME,
				UnitScopeFixtures.REPORTER_MOBILE);
		long attachment = fixtures.attachment(complaint);
		long order = fixtures.supervisionOrder(complaint);
		String walkIn = fixtures.walkIn();
		List<String> unreviewed = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		List<UnitScopedMappings.Target> targets = UnitScopedMappings.targets(mappings, unreviewed, stale);
		assertThat(unreviewed).as("mappings with a path variable neither swept nor excluded with a reason").isEmpty();
		assertThat(stale).as("exclusions no mapping needs any more").isEmpty();
		assertThat(targets).extracting(UnitScopedMappings.Target::kind).contains(UnitScopedMappings.Kind.values());

		// the unit itself gets each object: the fixtures are real, so a refusal below means something
		assertThat(status(get("/console/appeals/" + complaint), "handler")).isEqualTo(200);
		assertThat(status(get("/appeals/attachments/" + attachment), "handler")).isEqualTo(200);
		assertThat(status(get("/console/oversight/orders/" + order), "head")).isEqualTo(200);
		assertThat(status(get("/console/assisted/slip/" + walkIn), "clerk")).isEqualTo(200);

		List<Map<String, Object>> before = fixtures.snapshot(complaint, report);
		List<String> leaks = new ArrayList<>();
		for (String outsider : UnitScopeFixtures.OUTSIDERS) {
			for (UnitScopedMappings.Target target : targets) {
				List<Object> ids = switch (target.kind()) {
					case APPEAL -> List.of(complaint, report);
					case ATTACHMENT -> List.of(attachment);
					case SUPERVISION_ORDER -> List.of(order);
					case FILED_APPEAL_NUMBER -> List.of(walkIn);
				};
				for (Object id : ids) {
					MvcResult result = mvc.perform(requestFor(target, id, id.equals(complaint) ? report : complaint)
						.with(fixtures.as(outsider))).andReturn();
					String body = result.getResponse().getContentAsString();
					int status = result.getResponse().getStatus();
					if ((status != 403 && status != 404) || body.contains(UnitScopeFixtures.TITLE)
							|| body.contains(fixtures.trackingNumber(complaint)) || body.contains(walkIn)) {
						leaks.add(outsider + " " + target.method() + " " + target.path(id) + " -> " + status);
					}
				}
			}
		}
		assertThat(leaks).as("answers to staff of other units").isEmpty();
		assertThat(fixtures.snapshot(complaint, report)).as("nothing changed").isEqualTo(before);
	}

	private int status(MockHttpServletRequestBuilder request, String login) throws Exception {
		return mvc.perform(request.with(fixtures.as(login))).andReturn().getResponse().getStatus();
	}

	/** The request with every parameter the handler requires, as its own unit would send it. */
	private MockHttpServletRequestBuilder requestFor(UnitScopedMappings.Target target, Object id, long otherAppeal) {
		MockHttpServletRequestBuilder builder = request(target.method().asHttpMethod(), target.path(id));
		if (target.method() != RequestMethod.GET) {
			builder.with(csrf());
		}
		for (MethodParameter parameter : target.handler().getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
			String value = valueFor(target.kind(), id, name, parameter.getParameterType(), otherAppeal);
			if (value != null) {
				builder.param(name, value);
			}
		}
		return builder;
	}

	private String valueFor(UnitScopedMappings.Kind kind, Object id, String name, Class<?> type, long otherAppeal) {
		if ("version".equals(name)) {
			return Integer.toString(switch (kind) {
				case SUPERVISION_ORDER -> jdbc.sql("select version from oversight.supervision_order where id = ?")
					.param(id).query(Integer.class).single();
				case APPEAL -> fixtures.version((Long) id);
				default -> 0;
			});
		}
		if (type == long.class || type == Long.class) {
			return Long.toString(otherAppeal);
		}
		if (type == int.class || type == Integer.class || type == short.class) {
			return "3";
		}
		if (type == LocalDate.class) {
			return LocalDate.now().plusDays(7).toString();
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true";
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0].toString();
		}
		if (type == String.class) {
			return name.toLowerCase().contains("unit") ? "SEC-GY" : "安全扫描：越权尝试";
		}
		return null;
	}

}
