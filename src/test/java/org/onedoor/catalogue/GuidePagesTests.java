package org.onedoor.catalogue;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public hall: guides anyone can read, with forms to download, browsing and search. */
class GuidePagesTests extends CatalogueTestSupport {

	@Test
	void guideShowsWhatToBringHowLongHowMuchAndWhereWithoutSignIn() throws Exception {
		mvc.perform(get("/hall/items/" + LAWYER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("律师执业许可")))
			.andExpect(content().string(containsString("需要准备的材料（5 项）")))
			.andExpect(content().string(containsString("10 个工作日")))
			.andExpect(content().string(containsString("法定 20 个工作日")))
			.andExpect(content().string(containsString("不收费")))
			.andExpect(content().string(containsString("零跑动")))
			.andExpect(content().string(containsString("贵州省政务服务中心")))
			.andExpect(content().string(containsString("/hall/apply/" + LAWYER)))
			.andExpect(content().string(containsString("/hall/items/" + LAWYER + "/materials/M01/blank")))
			.andExpect(content().string(containsString("/hall/items/" + LAWYER + "/materials/M01/sample")))
			.andExpect(content().string(containsString("@media print")));
	}

	@Test
	void guideInEnglish() throws Exception {
		mvc.perform(get("/hall/items/" + LAWYER).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What to bring (5)")))
			.andExpect(content().string(containsString("Apply online")));
	}

	@Test
	void blankFormAndSampleDownloadAsWordFiles() throws Exception {
		mvc.perform(get("/hall/items/" + LAWYER + "/materials/M01/blank"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(FormDocx.CONTENT_TYPE))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		mvc.perform(get("/hall/items/" + LAWYER + "/materials/M01/sample")).andExpect(status().isOk());
		mvc.perform(get("/hall/items/" + LAWYER + "/materials/M02/blank")).andExpect(status().isNotFound());
	}

	@Test
	void unknownItemIsA404Page() throws Exception {
		mvc.perform(get("/hall/items/520000-NOSUCHITEM")).andExpect(status().isNotFound());
	}

	@Test
	void hallBrowsesByLifeEventAndDepartmentAndSearches() throws Exception {
		mvc.perform(get("/hall"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/hall/events/WORK")))
			.andExpect(content().string(containsString("/hall/departments/GZ-SFT")));
		mvc.perform(get("/hall/events/LEGAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("律师执业许可")));
		mvc.perform(get("/hall/departments/GZ-SFT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("基层法律服务工作者执业核准")));
		mvc.perform(get("/hall/search").param("q", "律师"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("律师执业许可")));
		mvc.perform(get("/hall/events/NOPE")).andExpect(status().isNotFound());
	}

}
