package org.onedoor.appeals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo appeals: real messages, spread over channels, units, states and three months, with true histories. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoAppealsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void aFewHundredAppealsFromEveryChannelAndState() {
		assertThat(DemoAppealRows.read()).hasSize(310);
		// the seed dates its appeals in the past; appeals other tests file in this context come later
		long demo = jdbc.sql("select count(*) from appeals.appeal where registered_at < ?")
			.param(new java.sql.Timestamp(context.getStartupDate()))
			.query(Long.class).single();
		assertThat(demo).isBetween(280L, 310L);
		assertThat(grouped("channel")).containsKeys("HOTLINE", "MESSAGE_BOARD", "PETITION", "OPEN311", "APP", "WECHAT",
				"PROVINCE_PLATFORM", "WALK_IN", "VILLAGE_AGENT");
		assertThat(grouped("status")).containsKeys("REGISTERED", "ACCEPTED", "DISPATCHED", "SIGNED_FOR",
				"WAITING_FOR_CITIZEN", "REPLIED", "CLOSED", "DECLINED");
		assertThat(grouped("type")).containsKeys("COMPLAINT", "SUGGESTION", "CONSULTATION", "REPORT");
		assertThat(grouped("substr(category_code, 1, 2)")).hasSizeGreaterThanOrEqualTo(7);
		assertThat(jdbc.sql("select count(distinct lead_unit_id) from appeals.appeal").query(Long.class).single())
			.isGreaterThanOrEqualTo(12);
		// the city's 城管局, where the demo handler works, has appeals in its inbox
		assertThat(jdbc.sql("""
				select count(*) from appeals.appeal a where a.status in ('DISPATCHED', 'SIGNED_FOR', 'REPLIED', 'CLOSED')
				and a.lead_unit_id = (select id from directory.unit where code = 'GY-CGJ')""").query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("select count(*) from appeals.appeal where citizen_mobile = '13800000001'").query(Long.class)
			.single()).isPositive();
	}

	@Test
	void datesSpanThreeMonthsAndSomeAreOverdue() {
		var range = jdbc.sql("select min(registered_at) < now() - interval '60 days' as old, "
				+ "max(registered_at) > now() - interval '3 days' as recent, "
				+ "min(registered_at) > now() - interval '91 days' as within from appeals.appeal").query().singleRow();
		assertThat(range).containsEntry("old", true).containsEntry("recent", true).containsEntry("within", true);
		assertThat(jdbc.sql("select count(*) from appeals.appeal where status = 'SIGNED_FOR' and reply_deadline < now()")
			.query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from appeals.appeal_transition where action = 'REMIND'").query(Long.class)
			.single()).isPositive();
	}

	@Test
	void historiesAreTheLifecyclesAndRepliesAreReal() {
		// every appeal starts with its registration and each step continues from where the last one ended
		List<Map<String, Object>> broken = jdbc.sql("""
				select t.appeal_id from appeals.appeal_transition t
				join appeals.appeal_transition p on p.appeal_id = t.appeal_id
				  and p.id = (select max(id) from appeals.appeal_transition where appeal_id = t.appeal_id and id < t.id)
				where t.from_status is distinct from p.to_status or t.occurred_at < p.occurred_at""").query().listOfRows();
		assertThat(broken).isEmpty();
		assertThat(jdbc.sql("""
				select count(*) from appeals.appeal a where a.status <> (select to_status from appeals.appeal_transition t
				where t.appeal_id = a.id order by t.id desc limit 1)""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from appeals.appeal where status in ('REPLIED', 'CLOSED') and reply is null "
				+ "and id in (select appeal_id from appeals.appeal_transition where action = 'REPLY')").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from appeals.appeal where rating is not null").query(Long.class).single())
			.isGreaterThan(50);
		assertThat(jdbc.sql("select count(*) from appeals.appeal_transition where action in ('RETURN', 'APPROVE_EXTENSION', "
				+ "'REOPEN', 'ANSWER_ON_SPOT', 'DECLINE', 'ASK_CITIZEN')").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from appeals.appeal where content like '%A市%' or content like '%西地省%' "
				+ "or reply like '%A市%' or title ~ 'A[0-9]区'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from appeals.appeal where content like '%贵阳%' or content like '%修文%'")
			.query(Long.class).single()).isGreaterThan(50);
	}

	@Test
	void demoKeysWork() {
		assertThat(jdbc.sql("select count(*) from appeals.api_key where key_prefix = 'onedoor-' and active")
			.query(Long.class).single()).isEqualTo(2);
	}

	private Map<String, Long> grouped(String column) {
		Map<String, Long> counts = new java.util.HashMap<>();
		jdbc.sql("select " + column + " as k, count(*) as n from appeals.appeal group by 1").query((rs, i) -> {
			counts.put(rs.getString("k"), rs.getLong("n"));
			return null;
		}).list();
		return counts;
	}

}
