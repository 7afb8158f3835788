package org.onedoor.community;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdeasTests extends CommunityTestSupport {

	@Autowired
	Ideas ideas;

	@Autowired
	AdoptIdea adoptIdea;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void eachResidentSupportsAnIdeaOnce() {
		long idea = ideas.propose(communityId("jinianta"), "楼道装感应灯", "晚上楼道太黑。", resident(5001));
		assertThat(ideas.support(idea, resident(5002))).isTrue();
		assertThat(ideas.support(idea, resident(5002))).isFalse();
		assertThat(ideas.support(idea, resident(5003))).isTrue();
		assertThat(ideas.find(idea).supports()).isEqualTo(2);
		assertThatThrownBy(() -> ideas.support(idea, resident(5001))).isInstanceOf(InvalidInputException.class);
		// the database refuses a second support even when code forgets to check
		assertThatThrownBy(() -> jdbc.sql("insert into community.idea_support(idea_id, account_id) values (?, ?)")
			.params(idea, 5002L).update()).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void answerIsDueWithinTenWorkingDaysAndOverdueAfter() {
		long community = communityId("jinianta");
		long before = ideas.overdueCount(java.util.List.of(community));
		long idea = ideas.propose(community, "增设休息长椅", "小区里老人走累了没地方坐。", resident(5101));
		LocalDate due = ideas.find(idea).answerDue();
		assertThat(due).isEqualTo(calendar.addWorkingDays(ideas.today(), 10));
		assertThat(calendar.workingDaysBetween(ideas.today(), due)).isEqualTo(10);
		assertThat(ideas.find(idea).overdue(ideas.today())).isFalse();
		assertThat(ideas.overdueCount(java.util.List.of(community))).isEqualTo(before);

		jdbc.sql("update community.idea set answer_due = ? where id = ?").params(ideas.today().minusDays(1), idea).update();
		assertThat(ideas.find(idea).overdue(ideas.today())).isTrue();
		assertThat(ideas.overdueCount(java.util.List.of(community))).isEqualTo(before + 1);

		ideas.answer(idea, IdeaStatus.DECLINED, "场地属于道路红线内，不能摆放长椅；已在花园改造中统筹。", null, organiser());
		assertThat(ideas.overdueCount(java.util.List.of(community))).isEqualTo(before);
	}

	@Test
	void demoHasAnOverdueIdeaOnTheOrganisersDesk() {
		assertThat(ideas.overdueCount(java.util.List.of(communityId("jinianta")))).isPositive();
	}

	@Test
	void answersNeedAReasonAndOnlyTheCommunitysOrganiser() {
		long idea = ideas.propose(communityId("jinianta"), "组织义诊", "请社区医院来量血压。", resident(5201));
		assertThatThrownBy(() -> ideas.answer(idea, IdeaStatus.DECLINED, " ", null, organiser()))
			.isInstanceOf(InvalidInputException.class);
		long elsewhere = ideas.propose(communityId("shusheng-guli"), "河埠头加护栏", "防止小孩落水。", resident(5202));
		assertThatThrownBy(() -> ideas.answer(elsewhere, IdeaStatus.DECLINED, "理由", null, organiser()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(ideas.find(idea).status()).isEqualTo(IdeaStatus.OPEN);
	}

	@Test
	void adoptedIdeaBecomesAnActivityCreditingTheProposer() {
		long idea = ideas.propose(communityId("jinianta"), "亲子读书会", "周末带孩子一起读书。", resident(5301));
		LocalDateTime start = LocalDateTime.now().plusDays(10).withHour(10).withMinute(0).withSecond(0).withNano(0);
		long activity = adoptIdea.adopt(idea, "好主意，读书会负责组织。",
				new NewActivity(null, null, "党群服务中心", start, start.plusHours(2), 20, null), organiser());
		assertThat(ideas.find(idea).status()).isEqualTo(IdeaStatus.ADOPTED);
		assertThat(ideas.find(idea).activityId()).isEqualTo(activity);
		assertThat(jdbc.sql("select credited_name from community.activity where id = ?").param(activity).query(String.class).single())
			.isEqualTo("居民5301");
	}

	@Test
	void adoptionWithABadActivityStoresNothing() {
		long idea = ideas.propose(communityId("jinianta"), "广场电影", "夏夜放露天电影。", resident(5401));
		LocalDateTime start = LocalDateTime.now().plusDays(10);
		assertThatThrownBy(() -> adoptIdea.adopt(idea, "采纳", new NewActivity("广场电影", "", "", start, start.plusHours(2), 50, null),
				organiser())).isInstanceOf(InvalidInputException.class);
		assertThat(ideas.find(idea).status()).isEqualTo(IdeaStatus.OPEN);
	}

}
