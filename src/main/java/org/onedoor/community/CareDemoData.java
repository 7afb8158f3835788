package org.onedoor.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.onedoor.appeals.Actor;
import org.onedoor.appeals.AppealNotRegisteredException;
import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Appeals;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.NewAppeal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's elderly roster, visits (one overdue, one turned into an appeal) and time-bank
 * entries; part of {@link CommunityDemoSeed}, run in its transaction.
 */
@Component
class CareDemoData {

	private static final Logger log = LoggerFactory.getLogger(CareDemoData.class);

	/** Demo accounts by login ('citizen' for 王大妈): id and display name. */
	record People(java.util.Map<String, Long> ids, java.util.Map<String, String> names) {

		Long id(String login) {
			return ids.get(login);
		}

		String name(String login) {
			return names.get(login);
		}

	}

	private final JdbcClient jdbc;

	private final Appeals appeals;

	private final TimeBank bank;

	private People people;

	CareDemoData(JdbcClient jdbc, Appeals appeals, TimeBank bank) {
		this.jdbc = jdbc;
		this.appeals = appeals;
		this.bank = bank;
	}

	CareDemoData with(People demoPeople) {
		this.people = demoPeople;
		return this;
	}

	void elders(long community, LocalDate today) {
		long chen = elder(community, "陈桂英", 1938, "ALONE", "纪念塔社区3栋2单元501", "陈建国（儿子，在深圳）", "13985010001",
				"高血压、腿脚不便，独居五楼；需要每周探访、代购药品。", Risk.HIGH, today.minusDays(120), "volunteer");
		long liu = elder(community, "刘德明、吴秀兰夫妇", 1942, "EMPTY_NEST", "纪念塔社区5栋1单元302", "刘晓燕（女儿，在上海）", "13985010002",
				"两个女儿都在外地，老两口互相照顾；需要帮忙用手机挂号、复诊陪同。", Risk.MEDIUM, today.minusDays(200), "volunteer");
		long zhao = elder(community, "赵淑芬", 1950, "ALONE", "纪念塔社区6栋3单元101", "赵强（侄子，同城）", "13985010003",
				"身体尚可，喜欢参加读书会；季度探访即可。", Risk.LOW, today.minusDays(300));
		visit(chen, "volunteer", today.minusDays(12), "HOME", 60, "血压偏高（160/95），药还剩三天；已代购降压药。楼道灯坏了两盏，老人晚上下楼有摔倒风险。", true);
		visit(chen, "organiser", today.minusDays(19), "PHONE", 15, "电话问候，老人精神不错，说儿子国庆回来。", false);
		visit(liu, "volunteer", today.minusDays(10), "HOME", 90, "教老两口用手机预约了下周的复诊号；家中燃气报警器电池没电，已更换。", false);
		visit(zhao, "organiser", today.minusDays(40), "HOME", 30, "状态良好，已邀请参加读书会。", false);
		Long visitId = jdbc.sql("select id from community.visit where elder_id = ? and needs_government").param(chen).query(Long.class).single();
		try {
			String number = appeals.register(NewAppeal.on(Channel.WALK_IN, AppealType.REQUEST_FOR_HELP)
				.about("独居老人探访发现：楼道灯损坏，老人夜间出行有跌倒风险", "纪念塔社区3栋2单元楼道灯坏了两盏，独居高龄老人夜间下楼有摔倒风险，请尽快维修。（社区志愿者探访时发现，代为提交）")
				.citizen("陈桂英", "13985010001", null)
				.place("520102016001", "纪念塔社区3栋2单元")
				.filedBy(people.id("organiser"), true)
				.build(), new Actor(people.name("organiser"), people.id("organiser"), null)).trackingNumber().value();
			jdbc.sql("update community.visit set appeal_tracking_number = ? where id = ?").params(number, visitId).update();
		}
		catch (AppealNotRegisteredException ex) {
			log.warn("Demo visit appeal not registered: {}", ex.problems());
		}
	}

	private long elder(long community, String name, int born, String living, String address, String contact, String mobile,
			String needs, Risk risk, LocalDate registered, String... carers) {
		long id = jdbc.sql("""
				insert into community.elder(community_id, name, birth_year, living, address, contact_name, contact_mobile, needs, risk, registered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(community, name, born, living, address, contact, mobile, needs, risk.name(), registered)
			.query(Long.class).single();
		for (String carer : carers) {
			jdbc.sql("insert into community.elder_carer(elder_id, account_id) values (?, ?)").params(id, people.id(carer)).update();
		}
		return id;
	}

	private void visit(long elder, String who, LocalDate on, String method, int minutes, String findings, boolean needsGovernment) {
		jdbc.sql("""
				insert into community.visit(elder_id, visitor_account_id, visitor_name, visited_on, method, minutes, findings, needs_government)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(elder, people.id(who), people.name(who), on, method, minutes, findings, needsGovernment).update();
	}

	void timeBank(long community, long haircut, LocalDate today) {
		List<Long> visits = jdbc.sql("select id from community.visit where visitor_account_id = ? order by visited_on")
			.param(people.id("volunteer")).query(Long.class).list();
		for (int i = 0; i < visits.size(); i++) {
			Long visit = visits.get(i);
			int minutes = jdbc.sql("select minutes from community.visit where id = ?").param(visit).query(Integer.class).single();
			long claim = claim("volunteer", community, Visits.hours(minutes), null, visit, "探访独居/空巢老人", i < visits.size() - 1);
			if (i < visits.size() - 1) {
				post("volunteer", claim);
			}
		}
		post("volunteer", claim("volunteer", community, new BigDecimal("3.00"), haircut, null, "活动志愿服务：爱心义剪进楼栋", true));
		long member = bank.lockMemberAccount(people.id("volunteer"), people.name("volunteer"));
		bank.transfer("SPENT", "兑换乐龄中心上门助浴服务一次", "母亲 周秀英", null, member, bank.systemAccount("SERVICES"),
				new BigDecimal("1.50"));
	}

	/** 书圣故里's volunteers booked hours for writing couplets and teaching tai chi. */
	void shushengHours(long community, long couplets, long morning) {
		post("operator", claim("operator", community, new BigDecimal("3.00"), couplets, null, "活动志愿服务：书法进台门义写春联", true));
		post("head", claim("head", community, new BigDecimal("1.00"), morning, null, "活动志愿服务：古城太极晨练公开课", true));
	}

	private long claim(String who, long community, BigDecimal hours, Long activity, Long visit, String description, boolean organiserConfirmed) {
		return jdbc.sql("""
				insert into community.hour_claim(community_id, volunteer_account_id, volunteer_name, hours, activity_id, visit_id,
				  description, volunteer_confirmed_at, organiser_confirmed_at, organiser_name)
				values (?, ?, ?, ?, ?, ?, ?, now(), case when ? then now() end, case when ? then ? end) returning id""")
			.params(community, people.id(who), people.name(who), hours, activity, visit, description,
					organiserConfirmed, organiserConfirmed, people.name("organiser"))
			.query(Long.class).single();
	}

	private void post(String who, long claim) {
		var row = jdbc.sql("select hours, description from community.hour_claim where id = ?").param(claim)
			.query((rs, n) -> new Object[] { rs.getBigDecimal(1), rs.getString(2) }).single();
		long member = bank.lockMemberAccount(people.id(who), people.name(who));
		long transfer = bank.transfer("EARNED", (String) row[1], null, claim, bank.systemAccount("ISSUED"), member,
				(BigDecimal) row[0]);
		jdbc.sql("update community.hour_claim set transfer_id = ? where id = ?").params(transfer, claim).update();
	}

}
