package org.onedoor.appeals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small pure rules of the appeal work, without Spring. */
class WorkRulesTests {

	private static DeadlineRule rule(long id, DeadlineStage stage, Channel channel, PetitionType petition,
			Urgency urgency, String category, int amount) {
		return new DeadlineRule(id, stage, channel, null, petition, urgency, category, amount, DeadlineUnit.WORKING_DAYS,
				null, 0);
	}

	private static final List<DeadlineRule> RULES = List.of(
			rule(1, DeadlineStage.REPLY, null, null, null, null, 5),
			rule(2, DeadlineStage.REPLY, null, null, Urgency.URGENT, null, 1),
			rule(3, DeadlineStage.REPLY, Channel.PETITION, null, null, null, 60),
			rule(4, DeadlineStage.REPLY, Channel.PETITION, PetitionType.CLAIM, null, null, 61),
			rule(5, DeadlineStage.REPLY, null, null, null, "01", 7),
			rule(6, DeadlineStage.REPLY, null, null, null, "0102", 3),
			rule(7, DeadlineStage.ACCEPT, null, null, null, null, 1));

	private static int best(Channel channel, PetitionType petition, Urgency urgency, String category) {
		return DeadlineRules.best(RULES, DeadlineStage.REPLY,
				new AppealFacts(channel, AppealType.COMPLAINT, petition, urgency, category))
			.orElseThrow()
			.amount();
	}

	@Test
	void theMostSpecificMatchingRuleWins() {
		assertThat(best(Channel.HOTLINE, null, Urgency.NORMAL, null)).isEqualTo(5);
		assertThat(best(Channel.HOTLINE, null, Urgency.URGENT, null)).isEqualTo(1);
		assertThat(best(Channel.PETITION, PetitionType.ACCUSATION, Urgency.NORMAL, null)).isEqualTo(60);
		assertThat(best(Channel.PETITION, PetitionType.CLAIM, Urgency.NORMAL, null)).isEqualTo(61);
		// a category rule covers its subcategories; the deeper one wins
		assertThat(best(Channel.HOTLINE, null, Urgency.URGENT, "010301")).isEqualTo(7);
		assertThat(best(Channel.HOTLINE, null, Urgency.URGENT, "010204")).isEqualTo(3);
		assertThat(best(Channel.HOTLINE, null, Urgency.NORMAL, "02")).isEqualTo(5);
		assertThat(DeadlineRules.best(RULES, DeadlineStage.REVIEW,
				new AppealFacts(Channel.HOTLINE, AppealType.COMPLAINT, null, Urgency.NORMAL, null))).isEmpty();
	}

	@Test
	void petitionsAllowOneExtensionOfAtMostThirtyDays() {
		AppealWorkProperties defaults = new AppealWorkProperties(null, null, null, null, null, null);
		ExtensionPolicy petition = ExtensionPolicy.forChannel(Channel.PETITION, defaults);
		assertThat(petition.refusal(0, 30)).isEmpty();
		assertThat(petition.refusal(0, 31)).contains("appeals.extension.days");
		assertThat(petition.refusal(1, 5)).contains("appeals.extension.tooMany");
		ExtensionPolicy hotline = ExtensionPolicy.forChannel(Channel.HOTLINE, defaults);
		assertThat(hotline.refusal(1, 10)).isEmpty();
		assertThat(hotline.refusal(2, 1)).contains("appeals.extension.tooMany");
		assertThat(hotline.refusal(0, 0)).contains("appeals.extension.days");
	}

	@Test
	void reviewsWithinThirtyDaysOfTheReplyAndAtMostTwice() {
		LocalDate replied = LocalDate.of(2026, 12, 1);
		assertThat(PetitionLimits.reviewRefusal(replied, LocalDate.of(2026, 12, 31), 0)).isEmpty();
		assertThat(PetitionLimits.reviewRefusal(replied, LocalDate.of(2027, 1, 1), 0)).contains("appeals.review.tooLate");
		assertThat(PetitionLimits.reviewRefusal(replied, LocalDate.of(2026, 12, 5), 1)).isEmpty();
		assertThat(PetitionLimits.reviewRefusal(replied, LocalDate.of(2026, 12, 5), 2)).contains("appeals.review.final");
		assertThat(PetitionLimits.reviewRefusal(null, LocalDate.of(2026, 12, 5), 0)).contains("appeals.review.noReply");
	}

	@Test
	void returnsOnlySoonAfterDispatchAndNotForEver() {
		ReturnPolicy policy = new ReturnPolicy(Duration.ofHours(7), 2);
		assertThat(policy.refusal(Duration.ofHours(7), 1)).isEmpty();
		assertThat(policy.refusal(Duration.ofHours(7).plusMinutes(1), 0)).contains("appeals.return.tooLate");
		assertThat(policy.refusal(Duration.ZERO, 2)).contains("appeals.return.tooMany");
	}

	@Test
	void coloursTurnYellowAtSixtyPercentAndRedWhenOverdue() {
		Duration allowed = Duration.ofHours(10);
		assertThat(DeadlineColour.of(allowed, Duration.ofHours(5), false)).isEqualTo(DeadlineColour.GREEN);
		assertThat(DeadlineColour.of(allowed, Duration.ofHours(4), false)).isEqualTo(DeadlineColour.YELLOW);
		assertThat(DeadlineColour.of(allowed, Duration.ZERO, false)).isEqualTo(DeadlineColour.YELLOW);
		assertThat(DeadlineColour.of(allowed, Duration.ofHours(-1), true)).isEqualTo(DeadlineColour.RED);
	}

	@Test
	void reportersAreProtectedFromTheUnitConcernedOnly() {
		assertThat(CitizenVisibility.of(AppealType.REPORT, null, false, true, true)).isEqualTo(CitizenVisibility.PROTECTED);
		assertThat(CitizenVisibility.of(AppealType.COMPLAINT, PetitionType.ACCUSATION, false, true, false))
			.isEqualTo(CitizenVisibility.PROTECTED);
		assertThat(CitizenVisibility.of(AppealType.REPORT, null, false, false, false)).isEqualTo(CitizenVisibility.MASKED);
		assertThat(CitizenVisibility.of(AppealType.REPORT, null, false, false, true)).isEqualTo(CitizenVisibility.REVEALED);
		assertThat(CitizenVisibility.of(AppealType.COMPLAINT, null, false, true, true)).isEqualTo(CitizenVisibility.REVEALED);
		assertThat(CitizenVisibility.of(AppealType.COMPLAINT, null, true, false, true)).isEqualTo(CitizenVisibility.ANONYMOUS);
		assertThat(CitizenVisibility.PROTECTED.mayReveal()).isFalse();
	}

	@Test
	void pagesOfferOnlyThisSidesActions() {
		assertThat(ActionsOffered.of(AppealStatus.REGISTERED, true, false, true, false, null))
			.containsExactlyInAnyOrder(AppealAction.ACCEPT, AppealAction.DECLINE);
		assertThat(ActionsOffered.of(AppealStatus.SIGNED_FOR, false, true, false, false, null))
			.containsExactlyInAnyOrder(AppealAction.RETURN, AppealAction.REQUEST_EXTENSION, AppealAction.ASK_CITIZEN,
					AppealAction.REPLY);
		assertThat(ActionsOffered.of(AppealStatus.SIGNED_FOR, true, false, true, true, null))
			.containsExactlyInAnyOrder(AppealAction.APPROVE_EXTENSION, AppealAction.REFUSE_EXTENSION, AppealAction.REMIND);
		assertThat(ActionsOffered.of(AppealStatus.CLOSED, true, false, true, false, Rating.SATISFIED)).isEmpty();
		assertThat(ActionsOffered.of(AppealStatus.CLOSED, true, false, true, false, Rating.DISSATISFIED))
			.containsExactly(AppealAction.REOPEN);
	}

	@Test
	void divisionPrefixesFollowTheLevels() {
		assertThat(DivisionPrefix.of("520100000000")).isEqualTo("5201");
		assertThat(DivisionPrefix.of("520102000000")).isEqualTo("520102");
		assertThat(DivisionPrefix.of("520102031000")).isEqualTo("520102031");
		assertThat(DivisionPrefix.of(null)).isEqualTo("-");
	}

}
