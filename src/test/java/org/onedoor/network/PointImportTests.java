package org.onedoor.network;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CSV import: a preview that stores nothing, then all rows or none. */
class PointImportTests extends NetworkTestSupport {

	String uncovered(int n) {
		return jdbc.sql("""
				select code from directory.division d where level = 'VILLAGE' and code like '520526%'
				and not exists (select 1 from network.point p where p.division_code = d.code) order by code offset ? limit 1""")
			.param(n).query(String.class).single();
	}

	long points() {
		return jdbc.sql("select count(*) from network.point").query(Long.class).single();
	}

	MockMultipartFile csv(String text, Charset charset) {
		return new MockMultipartFile("file", "points.csv", "text/csv", text.getBytes(charset));
	}

	@Test
	void aGoodFileIsPreviewedThenStoredWhole() throws Exception {
		String a = uncovered(0);
		String b = uncovered(1);
		String text = "名称,区划代码,地址,电话,办公时间,自助终端,帮办代办\n"
				+ "甲村便民服务站," + a + ",甲村村委会一楼,0857-86660001,\"1-5 09:00-12:00,14:00-17:00\",1,是\n"
				+ "乙村便民服务站," + b + ",乙村村委会一楼,,1-5 09:00-12:00,0,否\n";
		long before = points();
		mvc.perform(multipart("/console/network/import/preview").file(csv(text, StandardCharsets.UTF_8)).with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认导入 2 个网点")));
		assertThat(points()).as("a preview stores nothing").isEqualTo(before);
		mvc.perform(post("/console/network/import").param("csv", text).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(points()).isEqualTo(before + 2);
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'network.point.imported'").query(Long.class).single())
			.isPositive();
	}

	@Test
	void oneBadRowRefusesTheWholeFile() throws Exception {
		String text = "name,division_code,address,hours\n"
				+ "丙村便民服务站," + uncovered(2) + ",丙村村委会,1-5 09:00-12:00\n"
				+ "丁村便民服务站,12345,丁村村委会,every day\n"
				+ "丙村便民服务站," + uncovered(2) + ",丙村村委会,1-5 09:00-12:00\n";
		long before = points();
		mvc.perform(multipart("/console/network/import/preview").file(csv(text, StandardCharsets.UTF_8)).with(admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“12345”不是 12 位区划代码")))
			.andExpect(content().string(containsString("看不懂办公时间")))
			.andExpect(content().string(containsString("在同一区划出现了两次")))
			.andExpect(content().string(containsString("一个网点也没有导入")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("确认导入"))));
		mvc.perform(post("/console/network/import").param("csv", text).with(admin()).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(points()).isEqualTo(before);
	}

	@Test
	void fileProblemsAreNamed() throws Exception {
		mvc.perform(multipart("/console/network/import/preview").file(csv("名称,地址\n甲,乙\n", StandardCharsets.UTF_8))
				.with(admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("缺少必需的列“divisionCode”")));
		mvc.perform(multipart("/console/network/import/preview")
				.file(csv("名称,区划代码,地址,办公时间\n甲村,520102016001,地址,1-5 09:00-12:00\n", Charset.forName("GBK")))
				.with(admin()).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(multipart("/console/network/import/preview").file(csv("", StandardCharsets.UTF_8)).with(admin()).with(csrf()))
			.andExpect(status().isBadRequest());
	}

}
