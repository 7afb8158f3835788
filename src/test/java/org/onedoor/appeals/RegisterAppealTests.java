package org.onedoor.appeals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class RegisterAppealTests {

	@Autowired
	Appeals appeals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void registersStoresHistoryAndAnnounces() {
		NewAppeal appeal = NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about(" 夜间施工噪音扰民 ", "工地每晚十一点后仍在施工。")
			.citizen("张三", "+86 138 0000 5678", "11010519491231002x")
			.category("01")
			.build();
		RegisteredAppeal registered = appeals.register(appeal, new Actor("话务员王五", null, null));

		AppealSummary summary = appeals.find(registered.trackingNumber()).orElseThrow();
		assertThat(summary.status()).isEqualTo(AppealStatus.REGISTERED);
		assertThat(summary.title()).isEqualTo("夜间施工噪音扰民");
		assertThat(jdbc.sql("select citizen_mobile || '/' || citizen_id_number from appeals.appeal where id = ?")
			.param(registered.id())
			.query(String.class)
			.single()).isEqualTo("13800005678/11010519491231002X");
		assertThat(jdbc.sql("select actor from appeals.appeal_transition where appeal_id = ?")
			.param(registered.id())
			.query(String.class)
			.list()).containsExactly("话务员王五");
		assertThat(events.stream(AppealRegistered.class).filter(e -> e.appealId() == registered.id())).hasSize(1);
	}

	@Test
	void unknownReferencesStoreNothing() {
		long before = count();
		NewAppeal appeal = NewAppeal.on(Channel.APP, AppealType.SUGGESTION)
			.about("建议增设公交站", "建议在花果园增设公交站。")
			.citizen("赵六", "13900001111", null)
			.category("99")
			.place("529999999999", null)
			.build();
		assertThatThrownBy(() -> appeals.register(appeal, Actor.SYSTEM))
			.isInstanceOfSatisfying(AppealNotRegisteredException.class, ex -> assertThat(ex.problems())
				.extracting(IntakeProblem::field)
				.containsExactlyInAnyOrder("categoryCode", "divisionCode"));
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("select count(*) from appeals.appeal").query(Long.class).single();
	}

}
