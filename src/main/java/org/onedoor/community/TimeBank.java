package org.onedoor.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.onedoor.identity.SignedIn;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteer time bank (时间银行). Hours are claimed for an activity or a visit, confirmed by
 * both the volunteer and an organiser, then posted as a transfer from the bank's issuing
 * account; spending moves hours to the services account. Every transfer is two movements that
 * sum to zero (checked again by the database at commit), and a balance is just the sum of an
 * account's movements.
 */
@Service
class TimeBank {

	record Claim(long id, long communityId, long volunteerAccountId, String volunteerName, BigDecimal hours,
			Long activityId, Long visitId, String description, Instant volunteerConfirmedAt,
			Instant organiserConfirmedAt, Long transferId) {
	}

	record Line(long transferId, Instant bookedAt, String kind, String description, String beneficiary,
			BigDecimal amount, BigDecimal balance) {

		public java.time.LocalDate bookedOn() {
			return bookedAt.atZone(Ideas.ZONE).toLocalDate();
		}

	}

	private static final String CLAIM = """
			select id, community_id, volunteer_account_id, volunteer_name, hours, activity_id, visit_id, description,
			  volunteer_confirmed_at, organiser_confirmed_at, transfer_id from community.hour_claim""";

	private final JdbcClient jdbc;

	private final Communities communities;

	private final HourCap cap;

	TimeBank(JdbcClient jdbc, Communities communities,
			@Value("${onedoor.community.time-bank.cap-hours:200}") BigDecimal capHours) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.cap = new HourCap(capHours);
	}

	HourCap cap() {
		return cap;
	}

	/** A volunteer who took part in an activity claims their hours (their side confirmed). */
	@Transactional
	long claimForActivity(long activityId, BigDecimal hours, SignedIn volunteer) {
		checkHours(hours);
		Long communityId = jdbc.sql("""
				select a.community_id from community.activity a join community.registration r on r.activity_id = a.id
				where a.id = ? and r.account_id = ? and r.checked_in_at is not null""")
			.params(activityId, volunteer.accountId())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidInputException("activityId", "community.bank.claim.notCheckedIn"));
		int inserted = jdbc.sql("""
				insert into community.hour_claim(community_id, volunteer_account_id, volunteer_name, hours, activity_id,
				  description, volunteer_confirmed_at)
				select ?, ?, ?, ?, a.id, '活动志愿服务：' || a.title, now() from community.activity a where a.id = ?
				on conflict (activity_id, volunteer_account_id) do nothing""")
			.params(communityId, volunteer.accountId(), volunteer.displayName(), hours, activityId)
			.update();
		if (inserted == 0) {
			throw new InvalidInputException("activityId", "community.bank.claim.already");
		}
		return jdbc.sql("select id from community.hour_claim where activity_id = ? and volunteer_account_id = ?")
			.params(activityId, volunteer.accountId()).query(Long.class).single();
	}

	/** The organiser's side; the volunteer never confirms their own hours twice. */
	@Transactional
	void confirmAsOrganiser(long claimId, SignedIn organiser) {
		Claim claim = lockClaim(claimId);
		if (!communities.organises(organiser, claim.communityId()) || claim.volunteerAccountId() == organiser.accountId()) {
			throw new AccessDeniedException("the other side must confirm");
		}
		jdbc.sql("update community.hour_claim set organiser_confirmed_at = coalesce(organiser_confirmed_at, now()), organiser_name = ? where id = ?")
			.params(organiser.displayName(), claimId)
			.update();
		postIfConfirmed(claimId);
	}

	@Transactional
	void confirmAsVolunteer(long claimId, SignedIn volunteer) {
		Claim claim = lockClaim(claimId);
		if (claim.volunteerAccountId() != volunteer.accountId()) {
			throw new AccessDeniedException("not this volunteer's claim");
		}
		jdbc.sql("update community.hour_claim set volunteer_confirmed_at = coalesce(volunteer_confirmed_at, now()) where id = ?")
			.param(claimId)
			.update();
		postIfConfirmed(claimId);
	}

	private void postIfConfirmed(long claimId) {
		Claim claim = lockClaim(claimId);
		if (claim.volunteerConfirmedAt() == null || claim.organiserConfirmedAt() == null || claim.transferId() != null) {
			return;
		}
		long member = lockMemberAccount(claim.volunteerAccountId(), claim.volunteerName());
		if (!cap.allows(balanceOfBankAccount(member), claim.hours())) {
			throw new InvalidInputException("claimId", "community.bank.cap", cap.cap());
		}
		long transfer = transfer("EARNED", claim.description(), null, claimId, systemAccount("ISSUED"), member, claim.hours());
		jdbc.sql("update community.hour_claim set transfer_id = ? where id = ?").params(transfer, claimId).update();
	}

	/** Spends hours on a service for oneself or a relative. */
	@Transactional
	long spend(SignedIn member, BigDecimal hours, String service, String beneficiary) {
		checkHours(hours);
		String cleanService = Texts.required("service", service, 200);
		String cleanBeneficiary = Texts.required("beneficiary", beneficiary, 60);
		long account = lockMemberAccount(member.accountId(), member.displayName());
		if (balanceOfBankAccount(account).compareTo(hours) < 0) {
			throw new InvalidInputException("hours", "community.bank.insufficient");
		}
		return transfer("SPENT", cleanService, cleanBeneficiary, null, account, systemAccount("SERVICES"), hours);
	}

	/** Two movements, one transfer: {@code from} loses what {@code to} gains. */
	long transfer(String kind, String description, String beneficiary, Long claimId, long from, long to, BigDecimal hours) {
		long transfer = jdbc.sql("""
				insert into community.transfer(kind, description, beneficiary, claim_id) values (?, ?, ?, ?) returning id""")
			.params(kind, description, beneficiary, claimId)
			.query(Long.class)
			.single();
		jdbc.sql("insert into community.movement(transfer_id, bank_account_id, amount) values (?, ?, ?), (?, ?, ?)")
			.params(transfer, from, hours.negate(), transfer, to, hours)
			.update();
		return transfer;
	}

	BigDecimal balance(long ownerAccountId) {
		return jdbc.sql("""
				select coalesce(sum(m.amount), 0) from community.movement m join community.bank_account b on b.id = m.bank_account_id
				where b.owner_account_id = ?""")
			.param(ownerAccountId)
			.query(BigDecimal.class)
			.single();
	}

	List<Line> statement(long ownerAccountId) {
		return jdbc.sql("""
				select t.id as transfer_id, t.booked_at, t.kind, t.description, t.beneficiary, m.amount,
				  sum(m.amount) over (order by t.booked_at, t.id) as balance
				from community.movement m join community.transfer t on t.id = m.transfer_id
				join community.bank_account b on b.id = m.bank_account_id
				where b.owner_account_id = ? order by t.booked_at desc, t.id desc""")
			.param(ownerAccountId)
			.query(Line.class)
			.list();
	}

	List<Claim> claimsOf(long volunteerAccountId) {
		return jdbc.sql(CLAIM + " where volunteer_account_id = ? order by id desc limit 50")
			.param(volunteerAccountId).query(Claim.class).list();
	}

	/** Claims waiting for an organiser of these communities. */
	List<Claim> awaitingOrganiser(List<Long> communityIds) {
		if (communityIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(CLAIM + " where organiser_confirmed_at is null and community_id in (:ids) order by id")
			.param("ids", communityIds).query(Claim.class).list();
	}

	private Claim lockClaim(long id) {
		return jdbc.sql(CLAIM + " where id = ? for update")
			.param(id)
			.query(Claim.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("community.bank.claim.notFound"));
	}

	long lockMemberAccount(long ownerAccountId, String name) {
		jdbc.sql("insert into community.bank_account(kind, owner_account_id, owner_name) values ('MEMBER', ?, ?) on conflict (owner_account_id) do nothing")
			.params(ownerAccountId, name)
			.update();
		return jdbc.sql("select id from community.bank_account where owner_account_id = ? for update")
			.param(ownerAccountId).query(Long.class).single();
	}

	long systemAccount(String kind) {
		return jdbc.sql("select id from community.bank_account where kind = ?").param(kind).query(Long.class).single();
	}

	private BigDecimal balanceOfBankAccount(long bankAccountId) {
		return jdbc.sql("select coalesce(sum(amount), 0) from community.movement where bank_account_id = ?")
			.param(bankAccountId).query(BigDecimal.class).single();
	}

	private static void checkHours(BigDecimal hours) {
		if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0 || hours.scale() > 2) {
			throw new InvalidInputException("hours", "community.bank.hours.range");
		}
	}

}
