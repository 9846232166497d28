package org.crampwise.advice.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.profile.DrugClass;

import static org.crampwise.advice.MedicationBuilder.medication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class CrampAssociatedMedicationRuleTests {

	private final CrampAssociatedMedicationRule rule = new CrampAssociatedMedicationRule();

	@Test
	void firesForCrampAssociatedMedicinesTakenInTheWindowWhenThereWereCramps() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("simvastatin", DrugClass.STATIN))
			.medication(medication("formoterol", DrugClass.LONG_ACTING_BETA_AGONIST))
			.medication(medication("lisinopril", DrugClass.ACE_INHIBITOR))
			.episode(cramp(nightsAgo(2)))
			.build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().redFlag()).isEqualTo(RedFlagCode.MEDICATION_REVIEW);
		assertThat(outcome.concern().urgency()).isEqualTo(Urgency.ROUTINE);
		assertThat(outcome.args()).containsExactly(List.of("simvastatin", "formoterol"), 2);
	}

	@Test
	void doesNotFireWithoutCramps() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("simvastatin", DrugClass.STATIN)).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(List.of("simvastatin"), 14);
	}

	@Test
	void aMedicineStoppedBeforeTheWindowDoesNotCount() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("simvastatin", DrugClass.STATIN).stoppedOn(nightsAgo(15)))
			.episode(cramp(nightsAgo(2)))
			.build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.messageKey()).isEqualTo("advice.cramp-associated-medication.not-fired.none");
	}

	@Test
	void everyCrampAssociatedClassCounts() {
		for (DrugClass drugClass : DrugClass.values()) {
			RuleOutcome outcome = this.rule.evaluate(context().medication(medication("x", drugClass)).episode(cramp(nightsAgo(1))).build());
			assertThat(outcome.fired()).as(drugClass.name()).isEqualTo(drugClass.isCrampAssociated());
		}
	}

}
