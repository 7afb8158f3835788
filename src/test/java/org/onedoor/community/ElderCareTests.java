package org.onedoor.community;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onedoor.identity.Role;
import org.onedoor.identity.SignedIn;
import org.onedoor.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ElderCareTests extends CommunityTestSupport {

	@Autowired
	ElderCare care;

	@Autowired
	Visits visits;

	long elder(String name) {
		return jdbc.sql("select id from community.elder where name = ?").param(name).query(Long.class).single();
	}

	@Test
	void organiserSeesTheWholeRosterOfTheirCommunity() {
		assertThat(care.roster(organiser())).extracting(Elder::name)
			.contains("陈桂英", "刘德明、吴秀兰夫妇", "赵淑芬");
	}

	@Test
	void volunteerSeesOnlyThePeopleAssignedToThem() {
		assertThat(care.roster(volunteer())).extracting(Elder::name)
			.contains("陈桂英", "刘德明、吴秀兰夫妇")
			.doesNotContain("赵淑芬");
		assertThatThrownBy(() -> care.find(elder("赵淑芬"), volunteer())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void nobodyElseSeesAnything() {
		SignedIn admin = new SignedIn(accountId("admin"), "admin", "系统管理员", Set.of(Role.ADMIN), unitId("admin"), "520000000000");
		SignedIn otherOrganiser = new SignedIn(999_001, "x", "别的社工", Set.of(Role.COMMUNITY_ORGANISER), 999_999L, "520102016002");
		assertThat(care.roster(admin)).isEmpty();
		assertThat(care.roster(otherOrganiser)).isEmpty();
		assertThat(care.roster(resident(8001))).isEmpty();
		assertThat(care.overdue(otherOrganiser)).isEmpty();
		assertThatThrownBy(() -> care.find(elder("陈桂英"), admin)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void overdueVisitIsFlaggedForOrganiserAndCarer() {
		assertThat(care.overdue(organiser())).extracting(a -> a.elder().name()).containsExactly("陈桂英");
		assertThat(care.overdue(volunteer())).extracting(a -> a.elder().name()).containsExactly("陈桂英");
		ElderCare.Alert alert = care.overdue(organiser()).get(0);
		assertThat(alert.due().daysOverdue()).isEqualTo(5);
	}

	@Test
	void aFreshVisitClearsTheAlertAndEarnsAClaim() {
		long id = care.register(communityId("jinianta"), new ElderCare.NewElder("孙玉兰", 1940, "ALONE", "纪念塔社区7栋101",
				"孙立（儿子）", "13985019999", "糖尿病", Risk.HIGH), organiser());
		jdbc.sql("update community.elder set registered_at = ? where id = ?").params(LocalDate.now().minusDays(20), id).update();
		care.assign(id, accountId("volunteer"), organiser());
		assertThat(care.overdue(volunteer())).extracting(a -> a.elder().id()).contains(id);
		visits.log(id, new Visits.NewVisit(care.today(), "HOME", 45, "状态良好。", false), volunteer());
		assertThat(care.overdue(volunteer())).extracting(a -> a.elder().id()).doesNotContain(id);
		assertThat(jdbc.sql("select hours from community.hour_claim where visit_id = (select max(id) from community.visit where elder_id = ?)")
			.param(id).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("1.0");
	}

	@Test
	void aFindingBecomesAnAppealWithOneClickAndItsNumberIsKept() {
		long id = elder("刘德明、吴秀兰夫妇");
		long visit = visits.log(id, new Visits.NewVisit(care.today(), "HOME", 30,
				"小区门口的人行道砖松动，老人复诊出门时差点摔倒。", true), organiser());
		String number = visits.raiseAppeal(visit, organiser());
		assertThat(jdbc.sql("select appeal_tracking_number from community.visit where id = ?").param(visit).query(String.class).single())
			.isEqualTo(number);
		assertThat(jdbc.sql("select channel || '/' || filed_on_behalf from appeals.appeal where tracking_number = ?").param(number)
			.query(String.class).single()).isEqualTo("WALK_IN/true");
		assertThatThrownBy(() -> visits.raiseAppeal(visit, organiser()))
			.isInstanceOf(org.onedoor.shared.InvalidInputException.class);
	}

	@Test
	void pagesShowMaskedNumbersAndRevealsAreAudited() throws Exception {
		long id = elder("陈桂英");
		mvc.perform(get("/console/community/elders/" + id).with(as("volunteer")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("139****0001")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13985010001"))));
		mvc.perform(post("/console/community/elders/" + id + "/reveal").with(as("volunteer")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from audit.entry where action = 'personal-data.revealed' and subject_id = ?")
			.param(Long.toString(id)).query(Long.class).single()).isPositive();
		mvc.perform(get("/console/community/elders/" + elder("赵淑芬")).with(as("volunteer"))).andExpect(status().isNotFound());
		mvc.perform(get("/console/community/elders/" + id).with(as("clerk"))).andExpect(status().isForbidden());
	}

}
