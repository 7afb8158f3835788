package org.onedoor.appeals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AppealIntakeRulesTests {

	private static NewAppeal.Builder complaint() {
		return NewAppeal.on(Channel.HOTLINE, AppealType.COMPLAINT)
			.about("小区门口夜间施工噪音扰民", "南明区某小区门口工地每晚十一点后仍在施工，噪音很大，请尽快处理。")
			.citizen("张三", "13800005678", null);
	}

	private static List<String> fields(NewAppeal appeal) {
		return AppealIntakeRules.check(appeal).stream().map(IntakeProblem::field).toList();
	}

	@Test
	void aCompleteComplaintPasses() {
		assertThat(AppealIntakeRules.check(complaint().build())).isEmpty();
	}

	@Test
	void everyProblemIsListedAtOnce() {
		NewAppeal empty = NewAppeal.on(Channel.HOTLINE, AppealType.CONSULTATION).citizen(" ", "12345", "123").build();
		assertThat(fields(empty)).containsExactlyInAnyOrder("title", "content", "citizenName", "citizenMobile",
				"citizenIdNumber");
	}

	@Test
	void anonymityDependsOnTheType() {
		assertThat(fields(complaint().citizen(null, null, null).anonymous(true).build())).isEmpty();
		NewAppeal question = NewAppeal.on(Channel.MESSAGE_BOARD, AppealType.CONSULTATION)
			.about("社保卡怎么补办", "社保卡丢了怎么补办？")
			.anonymous(true)
			.build();
		assertThat(fields(question)).contains("anonymous");
	}

	@Test
	void petitionsNeedTheirKindAndANameOthersMustNotHaveOne() {
		NewAppeal petition = NewAppeal.on(Channel.PETITION, AppealType.COMPLAINT)
			.about("征地补偿未到位", "我家的征地补偿款至今未发放。")
			.citizen("李四", "13912345678", "11010519491231002X")
			.build();
		assertThat(fields(petition)).containsExactly("petitionType");
		assertThat(fields(complaint().petition(PetitionType.CLAIM).build())).containsExactly("petitionType");
	}

	@Test
	void limitsAndHostileTextAreRefused() {
		assertThat(fields(complaint().about("标题", "很".repeat(5001)).build())).containsExactly("content");
		assertThat(fields(complaint().about("标题\u0000", "内容").build())).containsExactly("title");
		assertThat(fields(complaint().place("52010200000X", null).build())).containsExactly("divisionCode");
		assertThat(fields(complaint().coordinates(new BigDecimal("95"), new BigDecimal("106.7")).build()))
			.containsExactly("latitude");
		assertThat(fields(complaint().coordinates(new BigDecimal("26.5"), null).build())).containsExactly("latitude");
	}

	@Test
	void anEmailIsOptionalButMustLookLikeOne() {
		assertThat(fields(complaint().email("wang.dama@example.com").build())).isEmpty();
		assertThat(fields(complaint().email(" ").build())).isEmpty();
		assertThat(fields(complaint().email("not an address").build())).containsExactly("citizenEmail");
		assertThat(fields(complaint().email("a@b.c<script>").build())).containsExactly("citizenEmail");
		assertThat(fields(complaint().email("x".repeat(250) + "@example.com").build())).containsExactly("citizenEmail");
	}

	@Test
	void scriptAndSqlAreJustText() {
		assertThat(fields(complaint().about("<script>alert(1)</script>", "'; drop table appeals.appeal; --").build()))
			.isEmpty();
	}

}
