package org.crampwise.advice.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.Effect;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.DrugClass;

import static org.crampwise.advice.MedicationBuilder.medication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class PotassiumRaisingMedicationRuleTests {

	private final PotassiumRaisingMedicationRule rule = new PotassiumRaisingMedicationRule();

	@Test
	void withholdsPotassiumFoodsForAceInhibitorsArbsAndPotassiumSparingDiuretics() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("ramipril", DrugClass.ACE_INHIBITOR))
			.medication(medication("losartan", DrugClass.ANGIOTENSIN_RECEPTOR_BLOCKER))
			.medication(medication("spironolactone", DrugClass.POTASSIUM_SPARING_DIURETIC))
			.medication(medication("simvastatin", DrugClass.STATIN))
			.build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().effect()).isEqualTo(Effect.WITHHOLD);
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.POTASSIUM_FOODS);
		assertThat(outcome.args()).containsExactly(List.of("ramipril", "losartan", "spironolactone"), 3);
	}

	@Test
	void everyPotassiumRaisingClassCounts() {
		for (DrugClass drugClass : DrugClass.values()) {
			RuleOutcome outcome = this.rule.evaluate(context().medication(medication("x", drugClass)).build());
			assertThat(outcome.fired()).as(drugClass.name()).isEqualTo(drugClass.raisesPotassium());
		}
	}

	@Test
	void aMedicineStartedTodayCountsAndOneStoppedBeforeTheWindowDoesNot() {
		RuleOutcome today = this.rule.evaluate(context()
			.medication(medication("ramipril", DrugClass.ACE_INHIBITOR).startedOn(org.crampwise.advice.AdviceContextBuilder.AS_OF))
			.build());
		RuleOutcome stopped = this.rule.evaluate(context()
			.medication(medication("ramipril", DrugClass.ACE_INHIBITOR).stoppedOn(nightsAgo(15)))
			.build());

		assertThat(today.fired()).isTrue();
		assertThat(stopped.fired()).isFalse();
	}

}
