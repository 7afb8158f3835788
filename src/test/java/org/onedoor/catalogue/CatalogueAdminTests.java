package org.onedoor.catalogue;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administering items through the pages: drafts and publishing, versions with an optimistic
 * lock, the audit trail, refused forms, the legal-basis flag, removals into the ledger, who may
 * edit what, and uploads checked by content.
 */
class CatalogueAdminTests extends CatalogueTestSupport {

	static MockHttpServletRequestBuilder itemForm(MockHttpServletRequestBuilder request, String code, String name,
			String materialBasis) {
		return itemForm(request, code, name, materialBasis, "5");
	}

	static MockHttpServletRequestBuilder itemForm(MockHttpServletRequestBuilder request, String code, String name,
			String materialBasis, String promisedDays) {
		return request.with(csrf())
			.param("code", code).param("basicCode", "000999" + code.substring(code.length() - 6))
			.param("name", name).param("kind", "PUBLIC_SERVICE").param("unitCode", "GZ-SFT")
			.param("level", "PROVINCE").param("scope", "PROVINCE").param("summary", "测试用事项")
			.param("conditions", "贵州省居民").param("lifeEvents", "LEGAL")
			.param("statutoryDays", "10").param("promisedDays", promisedDays).param("visitsInPerson", "0")
			.param("online", "true").param("place", "贵州省政务服务中心").param("hours", "周一至周五 9:00—17:00")
			.param("consultPhone", "0851-86826300").param("complaintPhone", "12345")
			.param("b_law", "《中华人民共和国法律援助法》", "").param("b_article", "第四十一条", "").param("b_excerpt", "", "")
			.param("f_name", "", "").param("f_amount", "", "").param("f_basis", "", "")
			.param("m_code", "M01", "M02", "").param("m_name", "申请表", "经济困难状况说明", "")
			.param("m_form", "ORIGINAL", "ORIGINAL", "ORIGINAL").param("m_required", "true", "true", "true")
			.param("m_condition", "", "", "").param("m_source", "本页下载", "申请人填写", "")
			.param("m_copies", "1", "1", "1").param("m_standard", "签名", "签名", "")
			.param("m_basis", "《中华人民共和国法律援助法》第四十一条", materialBasis, "").param("m_notes", "", "", "")
			.param("s_name", "受理", "审查", "决定", "").param("s_role", "WINDOW_CLERK", "UNIT_HANDLER", "UNIT_HEAD", "WINDOW_CLERK")
			.param("s_unit", "", "", "", "").param("s_days", "1", "2", "1", "1")
			.param("s_basis", "《中华人民共和国法律援助法》第四十三条", "《中华人民共和国法律援助法》第四十三条",
					"《中华人民共和国法律援助法》第四十三条", "");
	}

	@Test
	void aNewItemIsADraftUntilPublishedAndEveryStepIsAudited() throws Exception {
		String code = "520000-000999000101";
		mvc.perform(itemForm(post("/console/catalogue/items"), code, "法律援助申请（测试）", "《中华人民共和国法律援助法》第四十一条")
			.with(as("admin")))
			.andExpect(redirectedUrl("/console/catalogue/items/" + code));
		mvc.perform(get("/hall/items/" + code)).andExpect(status().isNotFound());
		mvc.perform(post("/console/catalogue/items/" + code + "/publish").with(csrf()).with(as("admin"))
			.param("version", "1").param("published", "true"));
		mvc.perform(get("/hall/items/" + code)).andExpect(status().isOk())
			.andExpect(content().string(containsString("法律援助申请（测试）")));
		assertThat(audited(code)).contains("catalogue.item.created", "catalogue.item.published");
	}

	@Test
	void everyEditIsANewVersionOldOnesStayViewableAndAStaleEditIs409() throws Exception {
		String code = "520000-000999000102";
		mvc.perform(itemForm(post("/console/catalogue/items"), code, "法律咨询（第一版）", "x").with(as("admin")));
		mvc.perform(itemForm(post("/console/catalogue/items/" + code), code, "法律咨询（第二版）", "x").param("version", "1")
			.param("note", "改名").with(as("admin")))
			.andExpect(redirectedUrl("/console/catalogue/items/" + code));
		mvc.perform(itemForm(post("/console/catalogue/items/" + code), code, "法律咨询（过期修改）", "x").param("version", "1")
			.with(as("admin")))
			.andExpect(status().isConflict());
		mvc.perform(get("/console/catalogue/items/" + code + "/versions/1").with(as("admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("法律咨询（第一版）")));
		mvc.perform(get("/console/catalogue/items/" + code).with(as("admin")))
			.andExpect(content().string(containsString("法律咨询（第二版）")))
			.andExpect(content().string(containsString("改名")));
		assertThat(jdbc.sql("select count(*) from catalogue.item_version v join catalogue.item i on i.id = v.item_id where i.code = ?")
			.param(code).query(Integer.class).single()).isEqualTo(2);
		assertThat(audited(code)).contains("catalogue.item.changed");
	}

	@Test
	void aRefusedFormListsItsProblemsAndStoresNothing() throws Exception {
		String code = "520000-000999000103";
		mvc.perform(itemForm(post("/console/catalogue/items"), code, "", "x", "30").with(as("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写事项名称")))
			.andExpect(content().string(containsString("承诺办结时限不能超过法定办结时限")));
		assertThat(jdbc.sql("select count(*) from catalogue.item where code = ?").param(code).query(Integer.class).single())
			.isZero();
	}

	@Test
	void anItemAskingForSomethingWithoutALegalBasisIsFlagged() throws Exception {
		String code = "520000-000999000104";
		mvc.perform(itemForm(post("/console/catalogue/items"), code, "法律援助（缺依据）", "").with(as("admin")));
		mvc.perform(get("/console/catalogue").param("flagged", "true").with(as("admin")))
			.andExpect(content().string(containsString("法律援助（缺依据）")))
			.andExpect(content().string(containsString("公共租赁住房保障资格申请")))
			.andExpect(content().string(not(containsString("律师执业许可"))));
		mvc.perform(get("/console/catalogue/items/" + code).with(as("admin")))
			.andExpect(content().string(containsString("经济困难状况说明")))
			.andExpect(content().string(containsString("依据待补")));
		mvc.perform(get("/hall/items/520102-000189011000")).andExpect(content().string(containsString("依据待补")));
	}

	@Test
	void removingAMaterialRecordsItInTheLedgerWithItsReason() throws Exception {
		String code = "520000-000999000105";
		mvc.perform(itemForm(post("/console/catalogue/items"), code, "法律援助（精简）", "x").with(as("admin")));
		int before = removedMaterials();
		mvc.perform(post("/console/catalogue/items/" + code + "/materials/M02/remove").with(csrf()).with(as("admin"))
			.param("version", "1").param("reason", "COMMITMENT").param("note", "改为申请人承诺"))
			.andExpect(redirectedUrl("/console/catalogue/items/" + code));
		assertThat(removedMaterials()).isEqualTo(before + 1);
		assertThat(jdbc.sql("""
				select r.reason || '|' || r.name || '|' || r.removed_by from catalogue.reform r
				join catalogue.item i on i.id = r.item_id where i.code = ?""").param(code).query(String.class).single())
			.isEqualTo("COMMITMENT|经济困难状况说明|admin");
		mvc.perform(get("/hall/reform")).andExpect(status().isOk())
			.andExpect(content().string(containsString("经济困难状况说明")))
			.andExpect(content().string(containsString("告知承诺制")));
	}

	@Test
	void aUnitHeadEditsOnlyTheirUnitsItems() throws Exception {
		mvc.perform(get("/console/catalogue/items/520100-000185002000").with(as("head"))).andExpect(status().isOk());
		mvc.perform(get("/console/catalogue/items/" + LAWYER).with(as("head"))).andExpect(status().isForbidden());
		mvc.perform(get("/console/catalogue").with(as("head")))
			.andExpect(content().string(containsString("城市建筑垃圾处置核准")))
			.andExpect(content().string(not(containsString("律师执业许可"))));
		mvc.perform(get("/console/catalogue").with(as("clerk"))).andExpect(status().isForbidden());
	}

	@Test
	void uploadsAreCheckedByTheirContent() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
		mvc.perform(multipart("/console/catalogue/items/" + LAWYER + "/materials/M02/documents")
			.file(new MockMultipartFile("file", "资格证书样例.pdf", "application/pdf", pdf)).param("kind", "SAMPLE")
			.with(csrf()).with(as("admin")))
			.andExpect(redirectedUrl("/console/catalogue/items/" + LAWYER));
		mvc.perform(get("/hall/items/" + LAWYER + "/materials/M02/sample")).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(multipart("/console/catalogue/items/" + LAWYER + "/materials/M02/documents")
			.file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "just text".getBytes()))
			.param("kind", "BLANK").with(csrf()).with(as("admin")))
			.andExpect(status().isBadRequest());
		assertThat(audited(LAWYER)).contains("catalogue.document.uploaded");
	}

	private int removedMaterials() {
		return jdbc.sql("select count(*) from catalogue.reform where kind = 'MATERIAL'").query(Integer.class).single();
	}

	private java.util.List<String> audited(String code) {
		return jdbc.sql("select action from audit.entry where subject_type = 'catalogue-item' and subject_id = ?")
			.param(code).query(String.class).list();
	}

}
