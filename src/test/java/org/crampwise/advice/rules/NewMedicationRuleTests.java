package org.crampwise.advice.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.profile.DrugClass;

import static org.crampwise.advice.AdviceContextBuilder.AS_OF;
import static org.crampwise.advice.MedicationBuilder.medication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class NewMedicationRuleTests {

	private final NewMedicationRule rule = new NewMedicationRule(AdviceSettings.defaults());

	@Test
	void firesWhenEveryCrampInTheWindowCameAfterAMedicineStartedInTheLastNinetyDays() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("atorvastatin", DrugClass.STATIN).startedOn(nightsAgo(8)))
			.episode(cramp(nightsAgo(8)))
			.episode(cramp(nightsAgo(3)))
			.build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().redFlag()).isEqualTo(RedFlagCode.NEW_MEDICATION);
		assertThat(outcome.concern().urgency()).isEqualTo(Urgency.ROUTINE);
		assertThat(outcome.args()).containsExactly(List.of("atorvastatin"), 1, 2, 14, 90);
	}

	@Test
	void aMedicineStartedNinetyDaysAgoIsNewAndNinetyOneIsNot() {
		RuleOutcome ninety = this.rule.evaluate(context().medication(medication("salmeterol", DrugClass.LONG_ACTING_BETA_AGONIST).startedOn(AS_OF.minusDays(90)))
			.episode(cramp(nightsAgo(1)))
			.build());
		RuleOutcome ninetyOne = this.rule.evaluate(context().medication(medication("salmeterol", DrugClass.LONG_ACTING_BETA_AGONIST).startedOn(AS_OF.minusDays(91)))
			.episode(cramp(nightsAgo(1)))
			.build());

		assertThat(ninety.fired()).isTrue();
		assertThat(ninetyOne.fired()).isFalse();
		assertThat(ninetyOne.messageKey()).isEqualTo("advice.new-medication.not-fired.none");
		assertThat(ninetyOne.args()).containsExactly(90);
	}

	@Test
	void doesNotFireWhenCrampsCameBeforeTheStartToo() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("nifedipine", DrugClass.CALCIUM_CHANNEL_BLOCKER).startedOn(nightsAgo(5)))
			.episode(cramp(nightsAgo(6)))
			.episode(cramp(nightsAgo(2)))
			.build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.messageKey()).isEqualTo("advice.new-medication.not-fired");
		assertThat(outcome.args()).containsExactly(List.of("nifedipine"), 14);
	}

	@Test
	void namesOnlyTheMedicinesThatCameBeforeEveryCrampLatestFirst() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("naproxen", DrugClass.NSAID).startedOn(nightsAgo(20)))
			.medication(medication("raloxifene", DrugClass.OTHER_CRAMP_ASSOCIATED).startedOn(nightsAgo(12)))
			.medication(medication("late", DrugClass.OTHER).startedOn(nightsAgo(2)))
			.episode(cramp(nightsAgo(10)))
			.build());

		assertThat(outcome.args()).containsExactly(List.of("raloxifene", "naproxen"), 2, 1, 14, 90);
	}

	@Test
	void doesNotFireWithoutCramps() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("atorvastatin", DrugClass.STATIN).startedOn(nightsAgo(8))).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.messageKey()).isEqualTo("advice.new-medication.not-fired.no-cramps");
	}

	@Test
	void aMedicineWithoutAStartDateIsNeverNew() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("atorvastatin", DrugClass.STATIN).startedOn(null))
			.episode(cramp(nightsAgo(1)))
			.build());

		assertThat(outcome.fired()).isFalse();
	}

}
