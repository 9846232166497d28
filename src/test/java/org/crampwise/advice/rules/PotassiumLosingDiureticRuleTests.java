package org.crampwise.advice.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.DrugClass;

import static org.crampwise.advice.MedicationBuilder.medication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class PotassiumLosingDiureticRuleTests {

	private final PotassiumLosingDiureticRule rule = new PotassiumLosingDiureticRule(AdviceSettings.defaults());

	@Test
	void firesForAThiazideOrLoopDiureticAndNamesThem() {
		RuleOutcome outcome = this.rule.evaluate(context().medication(medication("hydrochlorothiazide", DrugClass.THIAZIDE_DIURETIC))
			.medication(medication("furosemide", DrugClass.LOOP_DIURETIC))
			.medication(medication("simvastatin", DrugClass.STATIN))
			.build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.POTASSIUM_FOODS);
		assertThat(outcome.args()).containsExactly(List.of("hydrochlorothiazide", "furosemide"), 2);
		assertThat(outcome.score()).isEqualTo(2);
	}

	@Test
	void doesNotFireForAPotassiumSparingDiuretic() {
		assertThat(this.rule.evaluate(context().medication(medication("spironolactone", DrugClass.POTASSIUM_SPARING_DIURETIC)).build())
			.fired()).isFalse();
	}

	@Test
	void aDiureticStoppedTheDayBeforeTheWindowDoesNotCountButOneStoppedOnItsFirstNightDoes() {
		RuleOutcome before = this.rule.evaluate(context()
			.medication(medication("indapamide", DrugClass.THIAZIDE_DIURETIC).stoppedOn(nightsAgo(15)))
			.build());
		RuleOutcome first = this.rule.evaluate(context()
			.medication(medication("indapamide", DrugClass.THIAZIDE_DIURETIC).stoppedOn(nightsAgo(14)))
			.build());

		assertThat(before.fired()).isFalse();
		assertThat(first.fired()).isTrue();
	}

	@Test
	void aDiureticStartedTodayCountsAsTakenNow() {
		RuleOutcome outcome = this.rule.evaluate(context()
			.medication(medication("bendroflumethiazide", DrugClass.THIAZIDE_DIURETIC)
				.startedOn(org.crampwise.advice.AdviceContextBuilder.AS_OF))
			.build());

		assertThat(outcome.fired()).isTrue();
	}

}
