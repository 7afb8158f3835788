package org.onedoor.community;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.onedoor.directory.Directory;
import org.onedoor.directory.Unit;
import org.onedoor.shared.DemoSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pilot: 书圣故里 in Shaoxing's 越城区 and two Guizhou communities (纪念塔社区, 新寨村), with
 * teams of every kind, ideas in every state (one overdue), past activities with reports,
 * a coming class with a waiting list, an elderly roster with one overdue visit, and hours in
 * the time bank. Demo accounts are the residents: 王大妈 (citizen), 黄社工 (organiser), 周志愿
 * (volunteer) and the other demo staff as neighbours.
 */
@Component
class CommunityDemoSeed implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(CommunityDemoSeed.class);

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Ideas ideas;

	private final Activities activities;

	private final ActivityPhotos photos;

	private final CareDemoData care;

	private final Clock clock;

	private final Map<String, Long> people = new HashMap<>();

	private final Map<String, String> names = new HashMap<>();

	CommunityDemoSeed(JdbcClient jdbc, Directory directory, Ideas ideas, Activities activities, ActivityPhotos photos,
			CareDemoData care, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.ideas = ideas;
		this.activities = activities;
		this.photos = photos;
		this.care = care;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "community.pilot";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	@Transactional
	public void seed() {
		loadPeople();
		if (!people.containsKey("organiser") || !people.containsKey("citizen")) {
			log.warn("Community demo skipped: demo accounts missing");
			return;
		}
		long federation = jdbc.sql("insert into community.federation(name, description) values (?, ?) returning id")
			.params("五邻社社区联合会（试点）", "“五家为邻，五邻为里”。试点社区与共建企业、社会组织结成联合会，队伍互助、活动共办、志愿时长互认。")
			.query(Long.class).single();
		partner(federation, "SOCIAL_ORGANISATION", "越城区阳光社会工作服务中心", "驻点社工，培训志愿者，指导队伍建设");
		partner(federation, "SOCIAL_ORGANISATION", "南明区乐龄居家养老服务中心", "助餐、助浴上门服务，接受时间银行兑换");
		partner(federation, "ENTERPRISE", "古城物业服务有限公司", "提供活动场地，维修师傅参加便民服务");
		partner(federation, "ENTERPRISE", "新华路便民超市", "为独居老人免费送货上门");

		long shusheng = community("shusheng-guli", "书圣故里社区", shushengDivision(), null, federation, "五家为邻，五邻为里");
		long jinianta = community("jinianta", "纪念塔社区", "520102016001", unit("NM-XHL-JNT"), federation, "邻里守望，温暖纪念塔");
		long xinzhai = community("xinzhai", "新寨村", "520123001201", unit("XW-LC-XZ"), federation, "村里的事大家议");

		long calligraphy = team(shusheng, "HOBBY", "墨香书法队", "每周六上午在笔飞弄活动室练字，逢年过节为邻居写春联。", "head", "handler", "clerk");
		team(shusheng, "CHARITY", "爱心义剪队", "每月第一个周日为行动不便的老人上门理发。", "clerk", "operator");
		team(shusheng, "SERVICE", "家电维修队", "退休电工和物业师傅组成，小家电义务修理。", "handler", "agent");
		long taichi = team(shusheng, "CULTURE_SPORTS", "古城太极队", "每天清晨在蕺山脚下晨练。", "operator", "head", "dispatcher");
		team(shusheng, "SAFETY_PATROL", "石板路平安巡防队", "夜间巡查台门、河埠头，防火防盗。", "agent", "dispatcher");
		team(shusheng, "ELDER_CARE", "退休职工守望队", "退休职工结对探访子女在外地的老人。", "head", "operator", "handler");

		team(jinianta, "CULTURE_SPORTS", "纪念塔广场舞队", "每晚七点半在社区广场活动。", "citizen", "clerk");
		long helpers = team(jinianta, "ELDER_CARE", "邻里帮帮团", "为独居、空巢老人代购、陪诊、探访。", "volunteer", "organiser", "agent");
		team(jinianta, "SAFETY_PATROL", "平安巡防队", "节假日和夜间楼栋巡查。", "dispatcher", "handler");
		long repair = team(jinianta, "SERVICE", "便民维修队", "修水管、换灯泡、修小家电。", "handler", "volunteer");
		team(jinianta, "HOBBY", "纪念塔读书会", "每月共读一本书。", "operator", "citizen");
		team(jinianta, "CHARITY", "爱心助学队", "结对帮扶困难家庭学生。", "head", "clerk");
		requestJoin(jinianta, "纪念塔广场舞队", "agent");
		requestJoin(jinianta, "纪念塔读书会", "volunteer");

		team(xinzhai, "HOBBY", "布依刺绣队", "村里的绣娘带年轻人学刺绣。", "agent", "clerk");
		team(xinzhai, "SERVICE", "农技服务队", "帮村民测土配方、防治病虫害。", "handler", "head");
		team(xinzhai, "SAFETY_PATROL", "护林防火巡防队", "春秋两季巡山防火。", "dispatcher", "operator");

		LocalDateTime now = LocalDateTime.now(clock.withZone(Ideas.ZONE)).truncatedTo(ChronoUnit.HOURS);
		LocalDate today = now.toLocalDate();

		// 书圣故里: an adopted idea that became last month's couplet writing, with a report and photos.
		long couplets = idea(shusheng, "head", "过年请书法队给楼道写春联", "书法队的老师傅字写得好，过年给每个台门写副春联，邻居们也能聚一聚。",
				today.minusDays(50), "citizen", "operator", "handler");
		answer(couplets, IdeaStatus.ADOPTED, "很好的建议，书法队已排班，安排在笔飞弄活动室。", null, today.minusDays(45));
		long coupletActivity = activity(shusheng, calligraphy, couplets, "赵局长", "书法进台门：义写春联", "书法队为居民义写春联、福字，纸墨由社区提供。",
				"笔飞弄社区活动室", now.minusDays(30).withHour(9), 3, 40);
		registrations(coupletActivity, true, "citizen", "operator", "clerk", "dispatcher");
		report(coupletActivity, "共写春联126副、福字200余张，覆盖18个台门。87岁的周阿婆说：“今年的春联是邻居写的，格外亲。”", 2);
		long morning = activity(shusheng, taichi, null, null, "古城太极晨练公开课", "太极队教零基础居民二十四式太极拳。", "蕺山公园东门",
				now.minusDays(12).withHour(7), 1, 30);
		registrations(morning, true, "head", "handler", "citizen");
		report(morning, "21位居民参加，其中9位是第一次来。之后每周三、周六清晨继续教学。", 1);
		activity(shusheng, calligraphy, null, null, "少儿书法体验课", "暑期少儿书法启蒙，家长可陪同。", "笔飞弄社区活动室",
				now.plusDays(9).withHour(14), 2, 20);

		// 纪念塔: every kind of answer, one idea past its time limit, a class with a waiting list.
		long handrail = idea(jinianta, "citizen", "老楼楼道加装扶手", "3栋、5栋没有电梯，楼梯没有扶手，老人上下楼很吃力，建议加装扶手。",
				today.minusDays(21), "head", "clerk", "operator", "dispatcher");
		long phones = idea(jinianta, "handler", "周末开设长辈智能手机课", "很多老人不会用手机挂号、扫码乘车，希望有人手把手教。",
				today.minusDays(14), "citizen", "agent", "clerk");
		answer(phones, IdeaStatus.ADOPTED, "已采纳，由邻里帮帮团志愿者授课，首期小班教学。", null, today.minusDays(10));
		long classActivity = activity(jinianta, helpers, phones, "张承办", "长辈智能手机课堂（第一期）",
				"教长辈用手机挂号、扫健康码、视频通话。小班教学，每期3人，报满自动候补。", "纪念塔社区党群服务中心二楼",
				now.plusDays(3).withHour(15), 2, 3);
		registrations(classActivity, false, "citizen", "head", "clerk", "operator", "dispatcher");
		long charger = idea(jinianta, "dispatcher", "小区增设电动车充电桩", "电动车在楼道充电不安全，建议在车棚装充电桩。",
				today.minusDays(20), "handler");
		answer(charger, IdeaStatus.DECLINED, "充电桩须经业主大会同意并由供电部门报装，社区已将建议转交物业公司，将在下次居民议事会上讨论。", null,
				today.minusDays(12));
		long garden = idea(jinianta, "clerk", "闲置空地改造邻里花园", "6栋后面的空地堆满杂物，建议清理后改成大家一起种的花园。",
				today.minusDays(3), "citizen", "head");
		long vegetables = idea(jinianta, "operator", "楼下空地种共享菜园", "想在空地种点菜，邻居一起打理。", today.minusDays(4), "agent");
		answer(vegetables, IdeaStatus.MERGED, "与“闲置空地改造邻里花园”是同一块地，合并讨论，可在花园中划出菜畦。", garden, today.minusDays(2));
		long haircut = activity(jinianta, helpers, null, null, "爱心义剪进楼栋", "为行动不便的老人上门理发。", "纪念塔社区3栋、5栋",
				now.minusDays(8).withHour(9), 3, 10);
		registrations(haircut, true, "volunteer", "agent");
		report(haircut, "志愿者为14位老人理发，其中5位卧床老人上门服务。", 1);
		activity(jinianta, repair, null, null, "便民维修日", "修小家电、换水龙头、磨剪刀。", "纪念塔社区广场",
				now.plusDays(6).withHour(9), 3, 50);
		registrations(lastActivity(), false, "handler", "citizen");

		// 新寨村
		activity(xinzhai, null, null, null, "布依刺绣教学", "绣娘手把手教传统布依刺绣。", "新寨村文化活动室",
				now.plusDays(12).withHour(14), 2, 15);

		CareDemoData care = this.care.with(new CareDemoData.People(people, names));
		care.shushengHours(shusheng, coupletActivity, morning);
		care.elders(jinianta, today);
		care.timeBank(jinianta, haircut, today);
	}

	private void loadPeople() {
		jdbc.sql("select id, coalesce(username, 'citizen') as login, display_name from identity.account where username in "
				+ "('organiser','volunteer','head','handler','clerk','operator','dispatcher','agent') or mobile = '13800000001'")
			.query((rs, n) -> {
				people.put(rs.getString("login"), rs.getLong("id"));
				names.put(rs.getString("login"), rs.getString("display_name"));
				return null;
			})
			.list();
	}

	private String shushengDivision() {
		return jdbc.sql("select code from directory.division where name like '%书圣故里%' order by code limit 1")
			.query(String.class)
			.optional()
			.or(() -> jdbc.sql("select code from directory.division where name = '塔山街道' and code like '330602%' limit 1")
				.query(String.class).optional())
			.orElse("330602001000");
	}

	private Long unit(String code) {
		return directory.findUnitByCode(code).map(Unit::id).orElse(null);
	}

	private void partner(long federation, String kind, String name, String contribution) {
		jdbc.sql("insert into community.federation_partner(federation_id, kind, name, contribution) values (?, ?, ?, ?)")
			.params(federation, kind, name, contribution).update();
	}

	private long community(String code, String name, String division, Long unit, long federation, String motto) {
		return jdbc.sql("""
				insert into community.community(code, name, division_code, unit_id, federation_id, motto)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(code, name, division, unit, federation, motto).query(Long.class).single();
	}

	private long team(long community, String kind, String name, String description, String leader, String... members) {
		long id = jdbc.sql("insert into community.team(community_id, kind_code, name, description) values (?, ?, ?, ?) returning id")
			.params(community, kind, name, description).query(Long.class).single();
		member(id, leader, "LEADER", "APPROVED");
		for (String member : members) {
			member(id, member, "MEMBER", "APPROVED");
		}
		return id;
	}

	private void requestJoin(long community, String team, String who) {
		long id = jdbc.sql("select id from community.team where community_id = ? and name = ?").params(community, team)
			.query(Long.class).single();
		member(id, who, "MEMBER", "PENDING");
	}

	private void member(long team, String who, String role, String status) {
		jdbc.sql("""
				insert into community.team_member(team_id, account_id, display_name, role, status, decided_at)
				values (?, ?, ?, ?, ?, case when ? = 'APPROVED' then now() end)""")
			.params(team, people.get(who), names.get(who), role, status, status).update();
	}

	private long idea(long community, String who, String title, String description, LocalDate proposedOn, String... supporters) {
		long id = jdbc.sql("""
				insert into community.idea(community_id, proposer_account_id, proposer_name, title, description, status, proposed_at, answer_due)
				values (?, ?, ?, ?, ?, 'OPEN', ?, ?) returning id""")
			.params(community, people.get(who), names.get(who), title, description, at(proposedOn.atTime(10, 0)),
					ideas.dueFor(proposedOn))
			.query(Long.class).single();
		for (String supporter : supporters) {
			jdbc.sql("insert into community.idea_support(idea_id, account_id, supported_at) values (?, ?, ?)")
				.params(id, people.get(supporter), at(proposedOn.plusDays(1).atTime(20, 0))).update();
		}
		return id;
	}

	private void answer(long idea, IdeaStatus status, String reason, Long mergedInto, LocalDate on) {
		jdbc.sql("""
				update community.idea set status = ?, answer_reason = ?, merged_into_id = ?, answered_at = ?, answered_by = ?
				where id = ?""")
			.params(status.name(), reason, mergedInto, at(on.atTime(16, 0)), names.get("organiser"), idea).update();
	}

	private long activity(long community, Long team, Long idea, String credited, String title, String description,
			String place, LocalDateTime start, int hours, int capacity) {
		return activities.insert(community, new NewActivity(title, description, place, start, start.plusHours(hours),
				capacity, team), idea, credited, people.get("organiser"));
	}

	private long lastActivity() {
		return jdbc.sql("select max(id) from community.activity").query(Long.class).single();
	}

	/** Registers in order; for past activities everyone with a seat checked in. */
	private void registrations(long activity, boolean past, String... who) {
		int capacity = jdbc.sql("select capacity from community.activity where id = ?").param(activity).query(Integer.class).single();
		for (int i = 0; i < who.length; i++) {
			RegistrationStatus status = Seats.forNewcomer(capacity, Math.min(i, capacity));
			jdbc.sql("""
					insert into community.registration(activity_id, account_id, display_name, mobile, status, registered_at, checked_in_at)
					values (?, ?, ?, ?, ?, now() - make_interval(mins => ?), case when ? then now() - interval '8 days' end)""")
				.params(activity, people.get(who[i]), names.get(who[i]), "citizen".equals(who[i]) ? "13800000001" : null,
						status.name(), 600 - i * 10, past && status == RegistrationStatus.CONFIRMED)
				.update();
		}
	}

	private void report(long activity, String text, int photoCount) {
		jdbc.sql("update community.activity set report = ?, reported_at = now() where id = ?").params(text, activity).update();
		for (int i = 0; i < photoCount; i++) {
			photos.store(activity, DemoPictures.png(i));
		}
	}

	private static java.time.OffsetDateTime at(LocalDateTime local) {
		return local.atZone(Ideas.ZONE).toOffsetDateTime();
	}

}
