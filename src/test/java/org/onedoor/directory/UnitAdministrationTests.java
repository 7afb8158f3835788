package org.onedoor.directory;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.onedoor.audit.AuditLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators keep the unit directory through the console; every change is validated and audited. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@WithMockUser(username = "admin", authorities = { "ROLE_ADMIN", "STAFF" })
class UnitAdministrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationEvents events;

	private static String newCode() {
		return "T-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
	}

	private MockHttpServletRequestBuilder unitForm(String path, String code, String name, String kind, String division) {
		return post(path).with(csrf())
			.param("code", code)
			.param("name", name)
			.param("kind", kind)
			.param("divisionCode", division)
			.param("duties", "负责测试。")
			.param("phone", "0851-85551234")
			.param("address", "贵阳市南明区");
	}

	private Unit register(String code, String kind, String division, Long parentId) throws Exception {
		var request = unitForm("/console/units", code, "测试单位" + code, kind, division);
		if (parentId != null) {
			request.param("parentId", parentId.toString());
		}
		mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/console/units/*"));
		return directory.findUnitByCode(code).orElseThrow();
	}

	@Test
	void registeringAUnitStoresAuditsAndAnnouncesIt() throws Exception {
		String code = newCode();
		long parent = directory.findUnitByCode("NM-ZF").orElseThrow().id();
		Unit unit = register(code, "DEPARTMENT", "520102000000", parent);
		assertThat(unit.parentId()).isEqualTo(parent);
		assertThat(directory.findUnitProfile(unit.id())).hasValueSatisfying(p -> {
			assertThat(p.level()).isEqualTo(DivisionLevel.COUNTY);
			assertThat(p.phone()).isEqualTo("0851-85551234");
			assertThat(p.divisionName()).isEqualTo("贵州省贵阳市南明区");
		});
		assertThat(audit.entriesFor("unit", String.valueOf(unit.id()), 5)).singleElement()
			.satisfies(e -> assertThat(e.action()).isEqualTo("directory.unit.registered"))
			.satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
		assertThat(events.stream(UnitRegistered.class)).anyMatch(e -> e.unitId() == unit.id() && e.code().equals(code));
		mvc.perform(get("/console/units/{id}", unit.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("南明区人民政府办公室")))
			.andExpect(content().string(containsString("新增了单位")));
	}

	@Test
	void invalidInputIsRefusedFieldByFieldInEitherLanguageAndNothingIsStored() throws Exception {
		mvc.perform(unitForm("/console/units", "bad code", " ", "DEPARTMENT", "5201").param("phone", "call me"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("单位代码只能用大写字母、数字和连字符")))
			.andExpect(content().string(containsString("请填写单位名称")))
			.andExpect(content().string(containsString("区划代码应为12位数字")))
			.andExpect(content().string(containsString("电话只能包含数字")));
		mvc.perform(unitForm("/console/units", "bad code", " ", "DEPARTMENT", "520100000000").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Please enter the unit name")));
		assertThat(directory.findUnitByCode("bad code")).isEmpty();
	}

	@Test
	void databaseRulesAreCheckedToo() throws Exception {
		mvc.perform(unitForm("/console/units", "GY-CGJ", "重复", "DEPARTMENT", "520100000000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已被其他单位使用")));
		String code = newCode();
		mvc.perform(unitForm("/console/units", code, "乱放的中心", "TOWNSHIP_SERVICE_CENTRE", "520100000000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("单位类型与区划层级不符")));
		mvc.perform(unitForm("/console/units", code, "不存在的区划", "DEPARTMENT", "529999000000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("没有代码为 529999000000 的行政区划")));
		assertThat(directory.findUnitByCode(code)).isEmpty();
	}

	@Test
	void aUnitCannotAnswerToItselfOrItsOwnSubordinates() throws Exception {
		Unit top = register(newCode(), "DEPARTMENT", "520100000000", null);
		Unit below = register(newCode(), "DEPARTMENT", "520102000000", top.id());
		mvc.perform(unitForm("/console/units/" + top.id(), top.code(), top.name(), "DEPARTMENT", "520100000000")
			.param("version", "0")
			.param("parentId", String.valueOf(below.id())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能把本单位或它的下级单位设为上级单位")));
	}

	@Test
	void aStaleEditIsAConflictAndChangesNothing() throws Exception {
		Unit unit = register(newCode(), "DEPARTMENT", "520100000000", null);
		mvc.perform(unitForm("/console/units/" + unit.id(), unit.code(), "新名称", "DEPARTMENT", "520100000000")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(directory.findUnit(unit.id()).orElseThrow().name()).isEqualTo("新名称");
		assertThat(events.stream(UnitChanged.class)).anyMatch(e -> e.unitId() == unit.id());
		mvc.perform(unitForm("/console/units/" + unit.id(), unit.code(), "另一个人的修改", "DEPARTMENT", "520100000000")
			.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("刚被别人修改过")));
		assertThat(directory.findUnit(unit.id()).orElseThrow().name()).isEqualTo("新名称");
		assertThat(audit.entriesFor("unit", String.valueOf(unit.id()), 5)).first()
			.satisfies(e -> assertThat(e.detail()).contains("name: 测试单位").contains("→ 新名称"));
	}

	@Test
	void unitsAreDeactivatedNotDeleted() throws Exception {
		Unit unit = register(newCode(), "DEPARTMENT", "520123000000", null);
		mvc.perform(post("/console/units/{id}/active", unit.id()).with(csrf()).param("version", "0").param("active", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(directory.findUnit(unit.id()).orElseThrow().active()).isFalse();
		assertThat(directory.unitsAt("520123000000")).extracting(Unit::id).doesNotContain(unit.id());
		assertThat(audit.entriesFor("unit", String.valueOf(unit.id()), 5)).first()
			.satisfies(e -> assertThat(e.action()).isEqualTo("directory.unit.deactivated"));
		mvc.perform(post("/console/units/{id}/active", unit.id()).with(csrf()).param("version", "0").param("active", "true"))
			.andExpect(status().isConflict());
	}

	@Test
	@WithMockUser(username = "clerk", authorities = { "ROLE_WINDOW_CLERK", "STAFF" })
	void staffMayLookButNotChange() throws Exception {
		mvc.perform(get("/console/units").param("division", "520102000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("NM-ZJJ")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("GY-CGJ"))));
		mvc.perform(get("/console/units/new")).andExpect(status().isForbidden());
		mvc.perform(unitForm("/console/units", newCode(), "越权", "DEPARTMENT", "520100000000"))
			.andExpect(status().isForbidden());
	}

}
