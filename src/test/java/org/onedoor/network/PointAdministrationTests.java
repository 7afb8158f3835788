package org.onedoor.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrators keep points through validated, audited forms; other staff may not. */
class PointAdministrationTests extends NetworkTestSupport {

	String uncoveredVillage() {
		return jdbc.sql("""
				select min(code) from directory.division d where level = 'VILLAGE' and code like '520123%'
				and not exists (select 1 from network.point p where p.division_code = d.code)""").query(String.class).single();
	}

	long points() {
		return jdbc.sql("select count(*) from network.point").query(Long.class).single();
	}

	@Test
	void onlyAdministratorsManagePoints() throws Exception {
		mvc.perform(get("/console/network/points").with(clerk())).andExpect(status().isForbidden());
		mvc.perform(get("/console/network/points").param("division", "520102").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("南明区政务服务中心")));
	}

	@Test
	void everyProblemIsShownOnTheFormAndNothingIsStored() throws Exception {
		long before = points();
		mvc.perform(post("/console/network/points").with(admin()).with(csrf())
				.param("name", "").param("divisionCode", "529999999999").param("address", "某地")
				.param("hours", "周一到周五上午").param("latitude", "26.5").param("phone", "abc")
				.param("terminals", "-1").param("items", "NO-SUCH-ITEM"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("必须填写")))
			.andExpect(content().string(containsString("没有区划代码为 529999999999 的区划")))
			.andExpect(content().string(containsString("看不懂办公时间")))
			.andExpect(content().string(containsString("纬度和经度要么都填")))
			.andExpect(content().string(containsString("不是有效的电话号码")))
			.andExpect(content().string(containsString("自助终端台数")))
			.andExpect(content().string(containsString("事项“NO-SUCH-ITEM”不存在或尚未发布")));
		assertThat(points()).isEqualTo(before);
	}

	@Test
	void registersChangesAndClosesAPointWithAnAuditTrail() throws Exception {
		String village = uncoveredVillage();
		String item = publishedItem("TEST-NET-ADMIN", "网点管理测试事项");
		mvc.perform(post("/console/network/points").with(admin()).with(csrf())
				.param("name", "测试村便民服务站").param("divisionCode", village).param("address", "村委会一楼")
				.param("hours", "1-5 09:00-12:00,14:00-17:00").param("phone", "0851-82220000")
				.param("latitude", "26.94").param("longitude", "106.59").param("terminals", "1")
				.param("agentService", "true").param("items", item))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/console/network/points/*"));
		long id = jdbc.sql("select id from network.point where division_code = ? and name = '测试村便民服务站'")
			.param(village).query(Long.class).single();
		assertThat(jdbc.sql("select kind from network.point where id = ?").param(id).query(String.class).single())
			.isEqualTo("STATION");
		mvc.perform(get("/console/network/points/{id}", id).with(admin()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("TEST-NET-ADMIN")));

		mvc.perform(post("/console/network/points/{id}", id).with(admin()).with(csrf()).param("version", "7")
				.param("name", "测试村便民服务站").param("divisionCode", village).param("address", "村委会二楼")
				.param("hours", "1-5 09:00-12:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已被他人修改")));
		mvc.perform(post("/console/network/points/{id}", id).with(admin()).with(csrf()).param("version", "0")
				.param("name", "测试村便民服务站").param("divisionCode", village).param("address", "村委会二楼")
				.param("hours", "1-5 09:00-12:00"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/console/network/points/{id}/active", id).with(admin()).with(csrf())
				.param("version", "1").param("active", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select address || '/' || active from network.point where id = ?").param(id)
			.query(String.class).single()).isEqualTo("村委会二楼/false");
		assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit.entry where subject_type = 'service-point' and subject_id = ?")
			.param(Long.toString(id)).query(String.class).single())
			.isEqualTo("network.point.registered,network.point.changed,network.point.closed");
	}

	@Test
	void aSecondPointOfTheSameNameInTheSameDivisionIsRefused() throws Exception {
		mvc.perform(post("/console/network/points").with(admin()).with(csrf())
				.param("name", "南明区政务服务中心").param("divisionCode", NANMING).param("address", "某路 1 号")
				.param("hours", "1-5 09:00-17:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已经有名为“南明区政务服务中心”的网点")));
	}

}
