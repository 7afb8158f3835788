package org.onedoor.calendar;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar through the database, the public API and the administrator's page (one context). */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CalendarWebTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void seedMatchesTheShippedSource() {
		assertThat(calendar.publishedYears()).containsAll(RealCalendar.YEARS);
		List<SpecialDay> stored = new CalendarStore(jdbc).allDays().stream()
			.filter(day -> day.date().getYear() <= 2026)
			.toList();
		assertThat(stored).isEqualTo(RealCalendar.days());
	}

	@Test
	void facadeAnswersFromTheDatabase() {
		assertThat(calendar.day(LocalDate.parse("2024-09-29")).workingDay()).isTrue();
		assertThat(calendar.addWorkingDays(LocalDate.parse("2024-09-30"), 1)).isEqualTo(LocalDate.parse("2024-10-08"));
		var start = LocalDateTime.parse("2024-09-30T16:30").atZone(OfficeHours.CHINA).toInstant();
		assertThat(calendar.addWorkingTime(start, Duration.ofHours(2), null))
			.isEqualTo(LocalDateTime.parse("2024-10-08T10:00").atZone(OfficeHours.CHINA).toInstant());
		assertThat(calendar.officeHours(999_999L)).isEqualTo(OfficeHours.DEFAULT);
	}

	@Test
	void apiAnswersADayWithoutSignIn() throws Exception {
		mvc.perform(get("/api/calendar/days/2024-09-29"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2024-09-29"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.name").value("国庆节"))
			.andExpect(jsonPath("$.kind").value("WORKING_WEEKEND"))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/calendar/days/2024-10-03"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.kind").value("HOLIDAY"));
		mvc.perform(get("/api/calendar/days/2031-03-04"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.kind").value("WEEKDAY"))
			.andExpect(jsonPath("$.name").doesNotExist())
			.andExpect(jsonPath("$.provisional").value(true));
	}

	@Test
	void apiAddsWorkingDays() throws Exception {
		mvc.perform(get("/api/calendar/add-working-days").param("from", "2024-09-30").param("days", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2024-10-08"))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/calendar/working-days-between").param("from", "2024-09-30").param("to", "2024-10-12"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(5));
	}

	@Test
	void apiRejectsBadInputNamingTheParameter() throws Exception {
		expectBadParameter(get("/api/calendar/days/2024-13-01"), "date");
		expectBadParameter(get("/api/calendar/days/abc"), "date");
		expectBadParameter(get("/api/calendar/add-working-days").param("from", "2024-02-30").param("days", "1"), "from");
		expectBadParameter(get("/api/calendar/add-working-days").param("from", "2024-09-30").param("days", "-1"), "days");
		expectBadParameter(get("/api/calendar/add-working-days").param("from", "2024-09-30").param("days", "99999999999"), "days");
		expectBadParameter(get("/api/calendar/add-working-days").param("from", "2024-09-30").param("days", "abc"), "days");
		expectBadParameter(get("/api/calendar/add-working-days").param("from", "2024-09-30"), "days");
		mvc.perform(get("/api/calendar/days/abc"))
			.andExpect(jsonPath("$['messages']['zh-CN']").value(containsString("yyyy-MM-dd")))
			.andExpect(jsonPath("$.messages.en").value(containsString("not a valid date")));
	}

	private void expectBadParameter(org.springframework.test.web.servlet.RequestBuilder request, String parameter)
			throws Exception {
		mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.parameter").value(parameter));
	}

	@Test
	@WithMockUser(authorities = { "ROLE_WINDOW_CLERK", "STAFF" })
	void onlyAdministratorsMayOpenTheCalendarPage() throws Exception {
		mvc.perform(get("/console/calendar")).andExpect(status().isForbidden());
		mvc.perform(multipart("/console/calendar/import").file(csv("date,name,type\n2031-01-01,元旦,off\n"))
			.param("year", "2031")
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void administratorPublishesANewYearAfterPreview() throws Exception {
		mvc.perform(get("/console/calendar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026")))
			.andExpect(content().string(containsString("不会自动移动")));
		MvcResult preview = mvc.perform(multipart("/console/calendar/import")
			.file(csv("date,name,type\n2030-01-01,元旦,off\n2030-01-05,元旦,workday(调休上班)\n"))
			.param("year", "2030")
			.param("source", "https://www.gov.cn/test-2030")
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("确认发布"))).andReturn();
		assertThat(calendar.isPublished(2030)).isFalse();
		String html = preview.getResponse().getContentAsString();
		mvc.perform(post("/console/calendar/import/confirm").param("year", "2030")
			.param("content", "date,name,type\n2030-01-01,元旦,off\n2030-01-05,元旦,workday(调休上班)\n")
			.param("basedOn", hidden(html, "basedOn"))
			.param("source", "https://www.gov.cn/test-2030")
			.with(csrf())).andExpect(redirectedUrl("/console/calendar/2030"));
		assertThat(calendar.isPublished(2030)).isTrue();
		assertThat(calendar.day(LocalDate.parse("2030-01-05")).workingDay()).isTrue();
		assertThat(auditCount("calendar.year.imported", "2030")).isEqualTo(1);
		mvc.perform(get("/console/calendar/2030")).andExpect(content().string(containsString("调休上班")));
	}

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void replacingAYearShowsTheDiffAndAStaleConfirmationIsNotStored() throws Exception {
		mvc.perform(multipart("/console/calendar/import")
			.file(csv("date,name,type\n2024-10-01,国庆节,off\n"))
			.param("year", "2024")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认替换")))
			.andExpect(content().string(containsString("2024-09-29")))
			.andExpect(content().string(containsString("删除")));
		mvc.perform(post("/console/calendar/import/confirm").param("year", "2024")
			.param("content", "date,name,type\n2024-10-01,国庆节,off\n")
			.param("basedOn", "not-what-is-stored")
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("已被他人修改")));
		assertThat(calendar.day(LocalDate.parse("2024-09-29")).workingDay()).isTrue();
	}

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void anInvalidFileStoresNothing() throws Exception {
		long before = jdbc.sql("select count(*) from calendar.special_day").query(Long.class).single();
		mvc.perform(multipart("/console/calendar/import")
			.file(csv("date,name,type\n2029-01-01,元旦,off\n2029-01-02,元旦,workday(调休上班)\n2028-12-31,元旦,off\n"))
			.param("year", "2029")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("什么都没有保存")))
			.andExpect(content().string(containsString("第 3 行：2029-01-02 不是周六或周日")))
			.andExpect(content().string(containsString("第 4 行：日期 2028-12-31 不在 2029 年内")));
		mvc.perform(multipart("/console/calendar/import")
			.file(new MockMultipartFile("file", "gbk.csv", "text/csv",
					"date,name,type\n2029-01-01,元旦,off\n".getBytes(Charset.forName("GBK"))))
			.param("year", "2029")
			.param("lang", "en")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("not UTF-8")));
		mvc.perform(post("/console/calendar/import/confirm").param("year", "2029")
			.param("content", "date,name,type\n2029-01-01,元旦,holiday\n")
			.param("basedOn", "x")
			.with(csrf())).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from calendar.special_day").query(Long.class).single()).isEqualTo(before);
		assertThat(calendar.isPublished(2029)).isFalse();
	}

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void administratorCorrectsASingleDay() throws Exception {
		mvc.perform(post("/console/calendar/2025/days").param("date", "2025-12-31").param("name", "测试假日")
			.param("type", "off")
			.with(csrf())).andExpect(redirectedUrl("/console/calendar/2025"));
		assertThat(calendar.day(LocalDate.parse("2025-12-31")).kind()).isEqualTo(DayKind.HOLIDAY);
		assertThat(auditCount("calendar.day.saved", "2025-12-31")).isEqualTo(1);
		mvc.perform(post("/console/calendar/2025/days").param("date", "2025-12-30").param("name", "测试")
			.param("type", "workday(调休上班)")
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString("不是周六或周日")));
		mvc.perform(post("/console/calendar/2025/days/2025-12-31/remove").with(csrf()))
			.andExpect(redirectedUrl("/console/calendar/2025"));
		assertThat(calendar.day(LocalDate.parse("2025-12-31")).kind()).isEqualTo(DayKind.WEEKDAY);
		assertThat(auditCount("calendar.day.removed", "2025-12-31")).isEqualTo(1);
	}

	@Test
	void anotherNodesChangeIsPickedUpByTheRevisionCheck() {
		assertThat(calendar.day(LocalDate.parse("2026-11-26")).kind()).isEqualTo(DayKind.WEEKDAY);
		// as another node would: change the tables and bump the revision, without this node's help
		jdbc.sql("insert into calendar.special_day(day, year, name, kind) values ('2026-11-26', 2026, '测试', 'OFF')").update();
		jdbc.sql("update calendar.revision set number = number + 1").update();
		calendar.refreshIfChanged();
		assertThat(calendar.day(LocalDate.parse("2026-11-26")).kind()).isEqualTo(DayKind.HOLIDAY);
		jdbc.sql("delete from calendar.special_day where day = '2026-11-26'").update();
		jdbc.sql("update calendar.revision set number = number + 1").update();
		calendar.refreshIfChanged();
		assertThat(calendar.day(LocalDate.parse("2026-11-26")).kind()).isEqualTo(DayKind.WEEKDAY);
	}

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void replacingAYearAfterConfirmingTheDiff() throws Exception {
		String original = "date,name,type\n2032-01-01,元旦,off\n2032-02-07,春节,workday(调休上班)\n2032-02-11,春节,off\n";
		YearFile first = new YearFileParser().parse(2032, original.getBytes(StandardCharsets.UTF_8));
		administration.publish(first, "test", YearDiff.fingerprint(List.of()));
		String replacement = "date,name,type\n2032-01-01,元旦,off\n2032-02-11,春节假期,off\n2032-02-12,春节,off\n";
		String html = mvc.perform(multipart("/console/calendar/import")
			.file(csv(replacement))
			.param("year", "2032")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认替换")))
			.andExpect(content().string(containsString("新增")))
			.andExpect(content().string(containsString("删除")))
			.andExpect(content().string(containsString("春节假期")))
			.andReturn().getResponse().getContentAsString();
		assertThat(calendar.day(LocalDate.parse("2032-02-07")).workingDay()).isTrue();
		events.clear();
		mvc.perform(post("/console/calendar/import/confirm").param("year", "2032")
			.param("content", replacement)
			.param("basedOn", hidden(html, "basedOn"))
			.with(csrf())).andExpect(redirectedUrl("/console/calendar/2032"));
		assertThat(calendar.day(LocalDate.parse("2032-02-07")).kind()).isEqualTo(DayKind.WEEKEND);
		assertThat(calendar.day(LocalDate.parse("2032-02-11")).name()).isEqualTo("春节假期");
		assertThat(auditCount("calendar.year.replaced", "2032")).isEqualTo(1);
		assertThat(events.stream(CalendarYearPublished.class)).containsExactly(new CalendarYearPublished(2032,
				java.util.Set.of(LocalDate.parse("2032-02-07"), LocalDate.parse("2032-02-11"), LocalDate.parse("2032-02-12"))));
	}

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void aFileOverTheLimitIsRejected() throws Exception {
		byte[] big = ("date,name,type\n" + "x".repeat(YearFileParser.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/console/calendar/import")
			.file(new MockMultipartFile("file", "big.csv", "text/csv", big))
			.param("year", "2029")
			.param("lang", "en")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("nothing was stored")))
			.andExpect(content().string(containsString("too big")));
		mvc.perform(multipart("/console/calendar/import").param("year", "2029").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("文件是空的")));
	}

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void aUnitKeepsItsOwnOfficeHours() throws Exception {
		jdbc.sql("insert into directory.division(code, name, level, full_name) values ('520000000000', '贵州省', 'PROVINCE', '贵州省') on conflict do nothing").update();
		long unit = jdbc.sql("insert into directory.unit(code, name, division_code, kind) values ('TEST-HOURS', '测试政务服务中心', '520000000000', 'DEPARTMENT') returning id")
			.query(Long.class)
			.single();
		mvc.perform(post("/console/calendar/office-hours").param("unitId", String.valueOf(unit))
			.param("sessions", "8:30-12:00，14:00-18:00")
			.with(csrf())).andExpect(redirectedUrl("/console/calendar"));
		var start = LocalDateTime.parse("2024-11-13T11:00").atZone(OfficeHours.CHINA).toInstant();
		assertThat(calendar.addWorkingTime(start, Duration.ofHours(2), unit))
			.isEqualTo(LocalDateTime.parse("2024-11-13T15:00").atZone(OfficeHours.CHINA).toInstant());
		assertThat(auditCount("calendar.office-hours.defined", String.valueOf(unit))).isEqualTo(1);
		mvc.perform(get("/console/calendar")).andExpect(content().string(containsString("测试政务服务中心")))
			.andExpect(content().string(containsString("08:30-12:00, 14:00-18:00")));
		mvc.perform(post("/console/calendar/office-hours").param("unitId", "987654").param("sessions", "09:00-12:00")
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString("单位 987654 不存在")));
		mvc.perform(post("/console/calendar/office-hours").param("unitId", String.valueOf(unit))
			.param("sessions", "09:00-12:00, 11:00-13:00")
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能重叠")));
		mvc.perform(post("/console/calendar/office-hours/" + unit + "/remove").with(csrf()))
			.andExpect(redirectedUrl("/console/calendar"));
		assertThat(calendar.officeHours(unit)).isEqualTo(OfficeHours.DEFAULT);
	}

	@Test
	@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
	void thePageSpeaksEnglishToo() throws Exception {
		mvc.perform(get("/console/calendar").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Published years")))
			.andExpect(content().string(containsString("are not moved")));
		mvc.perform(get("/console/calendar/2024").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Make-up working day")))
			.andExpect(content().string(containsString("2024-09-29")));
		mvc.perform(get("/console/calendar/2099").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	private long auditCount(String action, String subjectId) {
		return jdbc.sql("select count(*) from audit.entry where action = ? and subject_id = ? and actor = 'admin'")
			.params(action, subjectId)
			.query(Long.class)
			.single();
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "year.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private static String hidden(String html, String name) {
		var matcher = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1);
	}

}
