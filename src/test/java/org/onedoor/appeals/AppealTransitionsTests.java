package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AppealTransitionsTests {

	@Autowired
	Appeals appeals;

	@Autowired
	AppealTransitions transitions;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	private long newAppeal() {
		return appeals.register(NewAppeal.on(Channel.HOTLINE, AppealType.REQUEST_FOR_HELP)
			.about("独居老人家中停水", "云岩区一位独居老人家中停水两天，请帮助。")
			.citizen("陈七", "13700001234", null)
			.build(), Actor.SYSTEM).id();
	}

	@Test
	void aStepIsRecordedWithWhoAndWhy() {
		long id = newAppeal();
		var moved = tx.execute(s -> transitions.move(id, 0, AppealAction.ACCEPT, new Actor("派单员", 7L, 3L), "属实", true));
		assertThat(moved.from()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(moved.to()).isEqualTo(AppealStatus.ACCEPTED);
		assertThat(moved.version()).isEqualTo(1);
		assertThat(jdbc.sql("select action || ':' || actor || ':' || reason from appeals.appeal_transition "
				+ "where appeal_id = ? order by id desc limit 1").param(id).query(String.class).single())
			.isEqualTo("ACCEPT:派单员:属实");
	}

	@Test
	void aStaleVersionIsRefusedAndNothingChanges() {
		long id = newAppeal();
		tx.executeWithoutResult(s -> transitions.move(id, 0, AppealAction.ACCEPT, Actor.SYSTEM, null, true));
		assertThatThrownBy(() -> tx.executeWithoutResult(
				s -> transitions.move(id, 0, AppealAction.DECLINE, Actor.SYSTEM, "重复", true)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(appeals.find(trackingOf(id)).orElseThrow().status()).isEqualTo(AppealStatus.ACCEPTED);
	}

	@Test
	void anIllegalStepIsRefusedAndNothingIsRecorded() {
		long id = newAppeal();
		assertThatThrownBy(() -> tx.executeWithoutResult(
				s -> transitions.move(id, null, AppealAction.REPLY, Actor.SYSTEM, "已处理", true)))
			.isInstanceOf(IllegalTransitionException.class);
		assertThat(jdbc.sql("select count(*) from appeals.appeal_transition where appeal_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void theRefusalNamesStatusAndStepInBothLanguages() {
		var refused = new IllegalTransitionException(AppealStatus.REGISTERED, AppealAction.REPLY);
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), java.util.Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("当前状态为“已登记”，不能执行“答复”。");
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), java.util.Locale.ENGLISH))
			.isEqualTo("This appeal is \"Registered\"; \"Reply\" is not possible now.");
	}

	private TrackingNumber trackingOf(long id) {
		return new TrackingNumber(jdbc.sql("select tracking_number from appeals.appeal where id = ?")
			.param(id)
			.query(String.class)
			.single());
	}

}
