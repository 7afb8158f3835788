package org.onedoor.appeals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.stream.Collectors;
import java.util.Random;

import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.directory.Unit;
import org.onedoor.identity.AccountSummary;
import org.onedoor.identity.Accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks one demo appeal from registration to where the demo wants it, one
 * {@link AppealTransitions#move} per step (so the history is the real one), then back-dates the
 * steps and stores what each stage added (unit, responsible person, deadlines, reply, rating)
 * in plain SQL, as the lifecycle's use cases would have at those times.
 */
@Component
class DemoAppealJourney {

	private static final String[] DECLINE_REASONS = {
			"经核实，该事项已进入司法程序，依照规定不属于12345热线受理范围，请通过诉讼途径解决。",
			"该诉求反映的问题此前已答复办结，本次未提供新的情况和理由，不再重复受理。",
			"诉求内容不清，多次回拨联系不上诉求人，无法核实具体地点，暂不予受理。" };

	private final AppealTransitions transitions;

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Accounts accounts;

	DemoAppealJourney(AppealTransitions transitions, JdbcClient jdbc, WorkingCalendar calendar, Accounts accounts) {
		this.transitions = transitions;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.accounts = accounts;
	}

	record Plan(long id, DemoAppealRows.Row row, Channel channel, Urgency urgency, Instant registered, Unit unit,
			int index) {
	}

	/** Where the appeal should end up, from its age and whether the source has the reply. */
	private enum Goal {
		REGISTERED, DECLINED, ACCEPTED, DISPATCHED, SIGNED_FOR, WAITING_FOR_CITIZEN, REPLIED, CLOSED, REOPENED, ON_SPOT
	}

	/**
	 * What one seed run carries from appeal to appeal: the units' staff, looked up once.
	 * {@code times} holds when each step of the current appeal happened, written back in one statement.
	 */
	static final class Trail {

		private final Map<Long, List<AccountSummary>> staff = new HashMap<>();

		private final List<Instant> times = new ArrayList<>();

	}

	void walk(Plan plan, Instant now, Random random, Trail trail) {
		trail.times.clear();
		walkSteps(plan, now, random, trail);
		backdate(plan.id(), trail.times);
	}

	private void walkSteps(Plan plan, Instant now, Random random, Trail trail) {
		Goal goal = goal(plan, now);
		Instant at = plan.registered();
		trail.times.add(at);
		if (goal == Goal.REGISTERED) {
			deadlines(plan, calendar.addWorkingHours(at, 2));
			return;
		}
		if (goal == Goal.ON_SPOT) {
			at = at.plus(Duration.ofMinutes(4 + random.nextInt(10)));
			move(trail, plan.id(), AppealAction.ANSWER_ON_SPOT, operator(), null, at);
			finish(plan, at, plan.row().reply(), at, null, at);
			return;
		}
		if (goal == Goal.DECLINED) {
			at = at.plus(Duration.ofMinutes(30 + random.nextInt(200)));
			move(trail, plan.id(), AppealAction.DECLINE, dispatcher(), DECLINE_REASONS[plan.index() % DECLINE_REASONS.length], at);
			jdbc.sql("update appeals.appeal set closed_at = ?, updated_at = ? where id = ?")
				.params(ts(at), ts(at), plan.id()).update();
			return;
		}
		at = at.plus(Duration.ofMinutes(10 + random.nextInt(110)));
		move(trail, plan.id(), AppealAction.ACCEPT, dispatcher(), null, at);
		Instant accepted = at;
		Instant replyDeadline = replyDeadline(plan, accepted);
		jdbc.sql("update appeals.appeal set accepted_at = ?, reply_deadline = ? where id = ?")
			.params(ts(accepted), ts(replyDeadline), plan.id()).update();
		if (goal == Goal.ACCEPTED || plan.unit() == null) {
			deadlines(plan, calendar.addWorkingHours(at, 2));
			return;
		}
		at = at.plus(Duration.ofMinutes(20 + random.nextInt(160)));
		move(trail, plan.id(), AppealAction.DISPATCH, dispatcher(), plan.unit().name(), at);
		if (plan.index() % 19 == 3) {
			// wrongly dispatched first: returned by the unit and dispatched again
			at = at.plus(Duration.ofMinutes(40 + random.nextInt(60)));
			move(trail, plan.id(), AppealAction.RETURN, new Actor(plan.unit().name(), null, plan.unit().id()),
					"该事项不属于本单位职责，建议转属地街道办理。", at);
			jdbc.sql("update appeals.appeal set returns = 1 where id = ?").param(plan.id()).update();
			at = at.plus(Duration.ofMinutes(15 + random.nextInt(30)));
			move(trail, plan.id(), AppealAction.DISPATCH, dispatcher(), plan.unit().name(), at);
		}
		jdbc.sql("update appeals.appeal set lead_unit_id = ? where id = ?").params(plan.unit().id(), plan.id()).update();
		if (goal == Goal.DISPATCHED) {
			deadlines(plan, calendar.addWorkingTime(at, Duration.ofHours(2), plan.unit().id()));
			return;
		}
		at = at.plus(Duration.ofMinutes(15 + random.nextInt(plan.index() % 7 == 0 ? 600 : 100)));
		Responsible person = responsible(plan.unit(), random, trail);
		move(trail, plan.id(), AppealAction.SIGN_FOR, person.actor(plan.unit()), person.name(), at);
		jdbc.sql("update appeals.appeal set responsible_account_id = ?, responsible_name = ? where id = ?")
			.params(person.accountId(), person.name(), plan.id()).update();
		if (goal == Goal.SIGNED_FOR || goal == Goal.WAITING_FOR_CITIZEN) {
			if (goal == Goal.WAITING_FOR_CITIZEN) {
				Instant asked = at.plus(Duration.ofHours(3));
				move(trail, plan.id(), AppealAction.ASK_CITIZEN, person.actor(plan.unit()), "请补充具体位置（门牌号或附近标志）和现场照片。", asked);
				jdbc.sql("update appeals.appeal set clock_stopped_at = ?, stage_deadline = null, updated_at = ? where id = ?")
					.params(ts(asked), ts(asked), plan.id()).update();
				return;
			}
			if (now.isAfter(replyDeadline.plus(Duration.ofHours(2)))) {
				// overdue: the dispatcher has sent a reminder (催办)
				move(trail, plan.id(), AppealAction.REMIND, dispatcher(), "已超过答复期限，请抓紧办理。", replyDeadline.plus(Duration.ofHours(1)));
			}
			deadlines(plan, replyDeadline);
			return;
		}
		if (plan.index() % 13 == 5) {
			Instant asked = at.plus(Duration.ofHours(20));
			move(trail, plan.id(), AppealAction.REQUEST_EXTENSION, person.actor(plan.unit()), "需要协调多个部门现场核查，申请延期五个工作日。", asked);
			move(trail, plan.id(), AppealAction.APPROVE_EXTENSION, dispatcher(), "同意延期五个工作日。", asked.plus(Duration.ofHours(2)));
			jdbc.sql("update appeals.appeal set extensions = 1 where id = ?").param(plan.id()).update();
			at = asked.plus(Duration.ofHours(2));
		}
		Instant replied = plan.registered().plus(Duration.ofMinutes((long) (plan.row().replyDays() * 24 * 60)));
		replied = replied.isAfter(at) ? replied : at.plus(Duration.ofHours(5));
		move(trail, plan.id(), AppealAction.REPLY, person.actor(plan.unit()), null, replied);
		if (goal == Goal.REPLIED) {
			finish(plan, replied, plan.row().reply(), null, null, null);
			return;
		}
		Instant rated = replied.plus(Duration.ofHours(20 + random.nextInt(50)));
		Rating rating = rating(plan, goal, random);
		if (rating == null) {
			move(trail, plan.id(), AppealAction.CLOSE_UNRATED, Actor.SYSTEM, null, rated);
			finish(plan, replied, plan.row().reply(), null, null, rated);
			return;
		}
		move(trail, plan.id(), AppealAction.RATE, Actor.citizen(null), null, rated);
		finish(plan, replied, plan.row().reply(), rated, rating, rated);
		if (goal == Goal.REOPENED) {
			Instant reopened = rated.plus(Duration.ofHours(2));
			move(trail, plan.id(), AppealAction.REOPEN, dispatcher(), "群众对答复不满意，要求重新办理。", reopened);
			jdbc.sql("update appeals.appeal set closed_at = null, lead_unit_id = null, responsible_account_id = null, responsible_name = null, "
					+ "reply_deadline = ? where id = ?").params(ts(replyDeadline(plan, reopened)), plan.id()).update();
			deadlines(plan, calendar.addWorkingHours(reopened, 2));
		}
	}

	private Goal goal(Plan plan, Instant now) {
		int i = plan.index();
		DemoAppealRows.Row row = plan.row();
		if (!row.hasReply()) {
			Goal[] early = { Goal.REGISTERED, Goal.ACCEPTED, Goal.DISPATCHED, Goal.DISPATCHED, Goal.SIGNED_FOR,
					Goal.SIGNED_FOR, Goal.SIGNED_FOR, Goal.DECLINED, Goal.WAITING_FOR_CITIZEN, Goal.REGISTERED };
			return plan.channel() == Channel.PETITION && early[i % early.length] == Goal.DECLINED ? Goal.ACCEPTED
					: early[i % early.length];
		}
		if (plan.channel() == Channel.HOTLINE && row.type() == AppealType.CONSULTATION && i % 3 == 0) {
			return Goal.ON_SPOT;
		}
		Instant replied = plan.registered().plus(Duration.ofMinutes((long) (row.replyDays() * 24 * 60)));
		if (replied.isAfter(now.minus(Duration.ofHours(12)))) {
			return Goal.SIGNED_FOR;
		}
		if (replied.isAfter(now.minus(Duration.ofDays(4)))) {
			return Goal.REPLIED;
		}
		return i % 31 == 9 ? Goal.REOPENED : Goal.CLOSED;
	}

	private static Rating rating(Plan plan, Goal goal, Random random) {
		if (goal == Goal.REOPENED) {
			return Rating.DISSATISFIED;
		}
		int roll = random.nextInt(100);
		return roll < 8 ? null : roll < 68 ? Rating.SATISFIED : roll < 90 ? Rating.FAIRLY_SATISFIED : Rating.DISSATISFIED;
	}

	/** Five working days from acceptance, to the end of the office day; one for urgent appeals. */
	private Instant replyDeadline(Plan plan, Instant accepted) {
		int days = plan.urgency() == Urgency.URGENT ? 1 : 5;
		return calendar.addWorkingDays(accepted.atZone(RegisterAppeal.CHINA).toLocalDate(), days)
			.atTime(LocalTime.of(17, 30))
			.atZone(RegisterAppeal.CHINA)
			.toInstant();
	}

	private void deadlines(Plan plan, Instant stageDeadline) {
		jdbc.sql("update appeals.appeal set stage_deadline = ? where id = ?").params(ts(stageDeadline), plan.id()).update();
	}

	private void finish(Plan plan, Instant replied, String reply, Instant rated, Rating rating, Instant closed) {
		jdbc.sql("""
				update appeals.appeal set reply = ?, replied_at = ?, rating = ?, rated_at = ?, closed_at = ?, stage_deadline = null
				where id = ?""")
			.params(reply, ts(replied), rating == null ? null : rating.name(), ts(rated), ts(closed), plan.id())
			.update();
	}

	private void move(Trail trail, long id, AppealAction action, Actor actor, String reason, Instant at) {
		transitions.move(id, null, action, actor, reason, true);
		trail.times.add(at);
	}

	/** Back-dates the history: the appeal's steps happened over weeks, not now. */
	private void backdate(long id, List<Instant> times) {
		String array = times.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(",", "{", "}"));
		jdbc.sql("""
				update appeals.appeal_transition t set occurred_at = (cast(:times as timestamptz[]))[s.n]
				from (select id, row_number() over (order by id) as n from appeals.appeal_transition where appeal_id = :id) s
				where t.id = s.id""")
			.param("times", array)
			.param("id", id)
			.update();
		jdbc.sql("update appeals.appeal set updated_at = ? where id = ?").params(ts(times.get(times.size() - 1)), id).update();
	}

	private record Responsible(String name, Long accountId) {

		Actor actor(Unit unit) {
			return new Actor(name, accountId, unit.id());
		}

	}

	/** The unit's demo staff member when it has one (张承办 at the city's 城管局), else a plausible name. */
	private Responsible responsible(Unit unit, Random random, Trail trail) {
		List<AccountSummary> staff = trail.staff.computeIfAbsent(unit.id(), accounts::staffOf);
		if (!staff.isEmpty()) {
			AccountSummary person = staff.get(0);
			return new Responsible(person.displayName(), person.id());
		}
		String[] names = { "罗科员", "杨干事", "吴主任", "石科长", "龙专员" };
		return new Responsible(names[random.nextInt(names.length)], null);
	}

	private static Actor operator() {
		return new Actor("李话务", null, null);
	}

	private static Actor dispatcher() {
		return new Actor("王派单", null, null);
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
