package org.onedoor.community;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.MobileNumber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration with a waiting list. Every change locks the activity's row first, so two
 * residents taking the last seat at the same moment are served one after the other: one gets
 * the seat, the other the waiting list, never both a seat. A cancelled seat goes to the first
 * on the waiting list in the same transaction.
 */
@Service
class Registrations {

	record Registration(long id, long activityId, long accountId, String displayName, RegistrationStatus status,
			Instant registeredAt, Instant checkedInAt) {
	}

	record Mine(long activityId, String title, Instant startsAt, String place, RegistrationStatus status,
			Instant checkedInAt) {

		public java.time.LocalDateTime startLocal() {
			return startsAt.atZone(Ideas.ZONE).toLocalDateTime();
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Registrations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	RegistrationStatus register(long activityId, SignedIn person) {
		LockedActivity activity = lock(activityId);
		if (activity.cancelled() || !activity.startsAt().isAfter(Instant.now(clock))) {
			throw new InvalidInputException("activityId", "community.registration.closed");
		}
		if (current(activityId, person.accountId()).isPresent()) {
			throw new InvalidInputException("activityId", "community.registration.already");
		}
		int confirmed = count(activityId, RegistrationStatus.CONFIRMED);
		RegistrationStatus status = Seats.forNewcomer(activity.capacity(), confirmed);
		jdbc.sql("""
				insert into community.registration(activity_id, account_id, display_name, mobile, status)
				values (?, ?, ?, ?, ?)""")
			.params(activityId, person.accountId(), person.displayName(),
					MobileNumber.parse(person.loginName()).map(MobileNumber::value).orElse(null), status.name())
			.update();
		return status;
	}

	/** Cancels the person's place; a freed seat goes to whoever has waited longest. */
	@Transactional
	Optional<Registration> cancel(long activityId, long accountId) {
		LockedActivity activity = lock(activityId);
		Registration mine = current(activityId, accountId)
			.orElseThrow(() -> new InvalidInputException("activityId", "community.registration.none"));
		jdbc.sql("update community.registration set status = 'CANCELLED', cancelled_at = now() where id = ?")
			.param(mine.id())
			.update();
		return promote(activityId, activity.capacity());
	}

	private Optional<Registration> promote(long activityId, int capacity) {
		int confirmed = count(activityId, RegistrationStatus.CONFIRMED);
		int waiting = count(activityId, RegistrationStatus.WAITING);
		if (Seats.toPromote(capacity, confirmed, waiting) == 0) {
			return Optional.empty();
		}
		Registration first = waitingList(activityId).get(0);
		jdbc.sql("update community.registration set status = 'CONFIRMED', promoted_at = now() where id = ?")
			.param(first.id())
			.update();
		jdbc.sql("insert into community.notice(account_id, text_zh, text_en) select ?, ?, ? ")
			.params(first.accountId(), "候补成功：您已获得活动名额（活动编号 " + activityId + "）。",
					"You moved up from the waiting list and have a place (activity " + activityId + ").")
			.update();
		return Optional.of(first);
	}

	@Transactional
	boolean checkIn(long activityId, long accountId) {
		return jdbc.sql("""
				update community.registration set checked_in_at = coalesce(checked_in_at, now())
				where activity_id = ? and account_id = ? and status = 'CONFIRMED'""")
			.params(activityId, accountId)
			.update() == 1;
	}

	Optional<Registration> current(long activityId, long accountId) {
		return jdbc.sql("""
				select id, activity_id, account_id, display_name, status, registered_at, checked_in_at
				from community.registration where activity_id = ? and account_id = ? and status <> 'CANCELLED'""")
			.params(activityId, accountId)
			.query(Registration.class)
			.optional();
	}

	List<Registration> of(long activityId) {
		return jdbc.sql("""
				select id, activity_id, account_id, display_name, status, registered_at, checked_in_at
				from community.registration where activity_id = ? and status <> 'CANCELLED'
				order by status, registered_at, id""")
			.param(activityId)
			.query(Registration.class)
			.list();
	}

	List<Registration> waitingList(long activityId) {
		return jdbc.sql("""
				select id, activity_id, account_id, display_name, status, registered_at, checked_in_at
				from community.registration where activity_id = ? and status = 'WAITING' order by registered_at, id""")
			.param(activityId)
			.query(Registration.class)
			.list();
	}

	List<Mine> mine(long accountId) {
		return jdbc.sql("""
				select a.id as activity_id, a.title, a.starts_at, a.place, r.status, r.checked_in_at
				from community.registration r join community.activity a on a.id = r.activity_id
				where r.account_id = ? and r.status <> 'CANCELLED' order by a.starts_at desc limit 30""")
			.param(accountId)
			.query(Mine.class)
			.list();
	}

	private int count(long activityId, RegistrationStatus status) {
		return jdbc.sql("select count(*) from community.registration where activity_id = ? and status = ?")
			.params(activityId, status.name())
			.query(Integer.class)
			.single();
	}

	private record LockedActivity(int capacity, boolean cancelled, Instant startsAt) {
	}

	private LockedActivity lock(long activityId) {
		return jdbc.sql("select capacity, cancelled, starts_at from community.activity where id = ? for update")
			.param(activityId)
			.query(LockedActivity.class)
			.optional()
			.orElseThrow(() -> new org.onedoor.shared.NotFoundException("community.activity.notFound"));
	}

}
