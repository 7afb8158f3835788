package org.onedoor.community;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeBankTests extends CommunityTestSupport {

	@Autowired
	TimeBank bank;

	@Autowired
	Activities activities;

	@Autowired
	Registrations registrations;

	@Autowired
	TransactionTemplate transactions;

	void assertLedgerBalances() {
		assertThat(jdbc.sql("select coalesce(sum(amount), 0) from community.movement").query(BigDecimal.class).single())
			.isEqualByComparingTo("0");
		assertThat(jdbc.sql("""
				select count(*) from (select transfer_id from community.movement group by transfer_id
				having sum(amount) <> 0 or count(*) < 2) unbalanced""").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from community.transfer t where not exists (select 1 from community.movement m where m.transfer_id = t.id)")
			.query(Long.class).single()).isZero();
	}

	@Test
	void demoLedgerBalancesAndVolunteerHasHours() {
		assertLedgerBalances();
		assertThat(bank.balance(accountId("volunteer"))).isEqualByComparingTo("2.50");
		assertThat(bank.statement(accountId("volunteer"))).hasSize(3);
	}

	@Test
	void hoursArePostedOnlyOnceBothSidesConfirmed() {
		long volunteerId = 9001;
		LocalDateTime start = LocalDateTime.now().plusDays(1);
		long activity = activities.insert(communityId("jinianta"), new NewActivity("义务植树", "", "社区花园", start, start.plusHours(3), 10, null),
				null, null, null);
		registrations.register(activity, resident(volunteerId));
		assertThatThrownBy(() -> bank.claimForActivity(activity, new BigDecimal("3"), resident(volunteerId)))
			.isInstanceOf(InvalidInputException.class);
		registrations.checkIn(activity, volunteerId);
		long claim = bank.claimForActivity(activity, new BigDecimal("3"), resident(volunteerId));
		assertThat(bank.balance(volunteerId)).isEqualByComparingTo("0");
		assertThatThrownBy(() -> bank.confirmAsOrganiser(claim, resident(volunteerId)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		bank.confirmAsOrganiser(claim, organiser());
		assertThat(bank.balance(volunteerId)).isEqualByComparingTo("3");
		bank.confirmAsOrganiser(claim, organiser());
		assertThat(bank.balance(volunteerId)).isEqualByComparingTo("3");
		assertLedgerBalances();

		bank.spend(resident(volunteerId), new BigDecimal("2"), "助浴服务一次", "母亲");
		assertThat(bank.balance(volunteerId)).isEqualByComparingTo("1");
		assertThatThrownBy(() -> bank.spend(resident(volunteerId), new BigDecimal("1.5"), "理发", "本人"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(bank.statement(volunteerId)).extracting(TimeBank.Line::balance)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1"), new BigDecimal("3"));
		assertLedgerBalances();
	}

	@Test
	void storedHoursAreCapped() {
		long member = 9101;
		long bankAccount = transactions.execute(s -> bank.lockMemberAccount(member, "测试"));
		transactions.executeWithoutResult(s -> bank.transfer("EARNED", "历史时长", null, null, bank.systemAccount("ISSUED"),
				bankAccount, new BigDecimal("199")));
		long claim = jdbc.sql("""
				insert into community.hour_claim(community_id, volunteer_account_id, volunteer_name, hours, visit_id, activity_id,
				  description, volunteer_confirmed_at)
				values (?, ?, '测试', 2, null, (select min(id) from community.activity), '测试', now()) returning id""")
			.params(communityId("jinianta"), member).query(Long.class).single();
		assertThatThrownBy(() -> bank.confirmAsOrganiser(claim, organiser())).isInstanceOf(InvalidInputException.class);
		assertThat(bank.balance(member)).isEqualByComparingTo("199");
	}

	@Test
	void theDatabaseRefusesATransferThatDoesNotBalance() {
		long transfer = jdbc.sql("insert into community.transfer(kind, description) values ('EARNED', 'x') returning id")
			.query(Long.class).single();
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> jdbc
			.sql("insert into community.movement(transfer_id, bank_account_id, amount) values (?, ?, 5), (?, ?, -4)")
			.params(transfer, bank.systemAccount("ISSUED"), transfer, bank.systemAccount("SERVICES"))
			.update())).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> transactions.executeWithoutResult(s -> jdbc
			.sql("insert into community.movement(transfer_id, bank_account_id, amount) values (?, ?, 5)")
			.params(transfer, bank.systemAccount("ISSUED"))
			.update())).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("update community.movement set amount = amount * 2").update())
			.isInstanceOf(DataAccessException.class);
		jdbc.sql("delete from community.transfer where id = ?").param(transfer).update();
		assertLedgerBalances();
	}

}
