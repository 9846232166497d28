package org.crampwise.advice;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.crampwise.episode.Relief;
import org.crampwise.episode.WarningSign;
import org.crampwise.profile.DrugClass;
import org.crampwise.profile.HealthCondition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.crampwise.advice.AdviceContextBuilder.AS_OF;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;
import static org.crampwise.advice.MedicationBuilder.medication;
import static org.crampwise.advice.ProfileBuilder.profile;

/** The engine over the real rules and the real advice bundle: ranking, the trace, texts and its own checks. */
class AdviceEngineTests {

	private final AdviceEngine engine = AdviceTestSupport.engine();

	private static List<Remedy> order(AdviceReport report) {
		return report.recommendations().stream().map(Recommendation::remedy).toList();
	}

	@Test
	void everyRemedyCanBeRecommendedBySomeRule() {
		Set<Remedy> recommendable = AdviceTestSupport.rules(AdviceSettings.defaults())
			.stream()
			.filter(rule -> rule.concern().effect() == Effect.RECOMMEND)
			.map(rule -> rule.concern().remedy())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Remedy.class)));

		assertThat(recommendable).containsExactlyInAnyOrder(Remedy.values());
	}

	@Test
	void aUserWithNoDataGetsFirstLineAdviceAndAnInvitationToLog() {
		AdviceReport report = this.engine.evaluate(AdviceContext.empty(AS_OF, 14));

		assertThat(order(report)).containsExactly(Remedy.STRETCH_BEFORE_BED, Remedy.STRETCH_DURING_CRAMP);
		assertThat(report.recommendations()).allSatisfy(r -> assertThat(r.reasons()).singleElement()
			.asString()
			.contains("not logged anything in the last 14 nights")
			.contains("Log your"));
		assertThat(report.withheld()).isEmpty();
		assertThat(report.redFlags()).isEmpty();
		assertThat(report.seeClinician()).isFalse();
		assertThat(report.asOf()).isEqualTo(AS_OF);
		assertThat(report.windowDays()).isEqualTo(14);
	}

	@Test
	void alcoholNearBedtimeOnCrampNightsPutsHydrationFirstWithTheContractsReason() {
		AdviceContextBuilder context = context();
		for (int n = 1; n <= 7; n++) {
			boolean alcohol = n == 1 || n == 3 || n == 5 || n == 6;
			context.checkIn(alcohol ? checkIn(nightsAgo(n)).alcohol(2, 1.5) : checkIn(nightsAgo(n)).noAlcohol());
		}
		context.episode(cramp(nightsAgo(1))).episode(cramp(nightsAgo(3))).episode(cramp(nightsAgo(6)));
		context.noCramps(nightsAgo(2), nightsAgo(4), nightsAgo(5), nightsAgo(7));

		AdviceReport report = this.engine.evaluate(context.build());

		Recommendation first = report.recommendations().get(0);
		assertThat(first.remedy()).isEqualTo(Remedy.STAY_HYDRATED);
		assertThat(first.rank()).isEqualTo(1);
		assertThat(first.reasons()).containsExactly(
				"You had alcohol within 2 hours of bed on 4 of the last 14 nights; 3 of those nights had cramps; "
						+ "your other nights: 0 of 3 had cramps.");
		assertThat(first.evidence()).isEqualTo(EvidenceGrade.LIMITED);
		assertThat(order(report)).contains(Remedy.STRETCH_BEFORE_BED);
	}

	@Test
	void crampNightsThatCoincideWithAFactorOutrankAMoreFrequentFactorAlone() {
		AdviceContextBuilder context = context();
		for (int n = 1; n <= 3; n++) {
			context.checkIn(checkIn(nightsAgo(n)).standing(9).stretched(true)).episode(cramp(nightsAgo(n)));
		}
		for (int n = 4; n <= 10; n++) {
			context.checkIn(checkIn(nightsAgo(n)).tightBedding(true).stretched(true));
		}

		List<Remedy> order = order(this.engine.evaluate(context.build()));

		assertThat(order.indexOf(Remedy.AVOID_PROLONGED_POSITIONS)).isLessThan(order.indexOf(Remedy.LOOSE_BEDDING));
	}

	@Test
	void equalScoresAreOrderedByEvidenceThenByTheRemediesOrder() {
		// two factor nights each, no cramps: both score 2; long standing (LIMITED) beats low water (NONE)
		AdviceContextBuilder context = context().checkIn(checkIn(nightsAgo(1)).water(500).standing(8))
			.checkIn(checkIn(nightsAgo(2)).water(500).standing(8))
			.checkIn(checkIn(nightsAgo(3)).tightBedding(true))
			.checkIn(checkIn(nightsAgo(4)).tightBedding(true));

		List<Remedy> order = order(this.engine.evaluate(context.build()));

		assertThat(order).startsWith(Remedy.AVOID_PROLONGED_POSITIONS, Remedy.STAY_HYDRATED, Remedy.LOOSE_BEDDING);
	}

	@Test
	void activeReliefsKeepTheirDefaultOrderUntilEnoughEpisodesSayWhatHelpedMost() {
		AdviceReport fewRatings = this.engine.evaluate(context().episode(cramp(nightsAgo(1)).helpedMost(Relief.WALK_IT_OFF))
			.episode(cramp(nightsAgo(2)).helpedMost(Relief.WALK_IT_OFF))
			.episode(cramp(nightsAgo(3)))
			.checkIn(checkIn(nightsAgo(1)).stretched(true))
			.checkIn(checkIn(nightsAgo(2)).stretched(true))
			.checkIn(checkIn(nightsAgo(3)).stretched(true))
			.build());

		assertThat(order(fewRatings)).containsExactly(Remedy.STRETCH_DURING_CRAMP, Remedy.APPLY_HEAT, Remedy.MASSAGE,
				Remedy.WALK_IT_OFF, Remedy.MAGNESIUM);
		assertThat(fewRatings.recommendationOf(Remedy.WALK_IT_OFF).orElseThrow().reasons()).containsExactly(
				"It helped most with 2 of the 2 cramps for which you noted what helped most.");
	}

	@Test
	void activeReliefsAreOrderedByWhatHelpedThisUserMostOnceThereAreEnoughRatings() {
		AdviceReport report = this.engine.evaluate(context().episode(cramp(nightsAgo(1)).helpedMost(Relief.WALK_IT_OFF))
			.episode(cramp(nightsAgo(2)).helpedMost(Relief.WALK_IT_OFF))
			.episode(cramp(nightsAgo(3)).helpedMost(Relief.MASSAGE))
			.checkIn(checkIn(nightsAgo(1)).stretched(true))
			.checkIn(checkIn(nightsAgo(2)).stretched(true))
			.checkIn(checkIn(nightsAgo(3)).stretched(true))
			.build());

		assertThat(order(report)).containsExactly(Remedy.WALK_IT_OFF, Remedy.MASSAGE, Remedy.STRETCH_DURING_CRAMP,
				Remedy.APPLY_HEAT, Remedy.MAGNESIUM);
		assertThat(report.recommendations()).extracting(Recommendation::rank).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void magnesiumComesAfterEveryFirstLineRemedyHoweverStrongItsSignal() {
		AdviceContextBuilder context = context().checkIn(checkIn(nightsAgo(12)).tightBedding(true).stretched(true))
			.checkIn(checkIn(nightsAgo(13)).tightBedding(true).stretched(true));
		for (int n = 1; n <= 8; n++) {
			context.checkIn(checkIn(nightsAgo(n)).stretched(true)).episode(cramp(nightsAgo(n)));
		}

		List<Remedy> order = order(this.engine.evaluate(context.build()));

		assertThat(order).endsWith(Remedy.MAGNESIUM).contains(Remedy.LOOSE_BEDDING, Remedy.STRETCH_DURING_CRAMP);
	}

	@Test
	void aWithheldRemedyIsNeverRecommendedAndTheTraceSaysTheRecommendationWasOverruled() {
		AdviceContextBuilder context = context().profile(profile().conditions(HealthCondition.KIDNEY_DISEASE))
			.medication(medication("lisinopril", DrugClass.ACE_INHIBITOR))
			.medication(medication("bendroflumethiazide", DrugClass.THIAZIDE_DIURETIC))
			.checkIn(checkIn(nightsAgo(1)).potassiumServings(0))
			.checkIn(checkIn(nightsAgo(2)).potassiumServings(0));

		AdviceReport report = this.engine.evaluate(context.build());

		assertThat(report.recommendationOf(Remedy.POTASSIUM_FOODS)).isEmpty();
		WithheldRemedy withheld = report.withholdingOf(Remedy.POTASSIUM_FOODS).orElseThrow();
		assertThat(withheld.reason()).contains("kidney disease").contains("You take lisinopril");
		assertThat(report.withheld()).extracting(WithheldRemedy::remedy)
			.containsExactly(Remedy.MAGNESIUM, Remedy.POTASSIUM_FOODS);
		RuleExplanation fewFoods = report.explanationOf("few-potassium-foods").orElseThrow();
		assertThat(fewFoods.fired()).isTrue();
		assertThat(fewFoods.applied()).isFalse();
		assertThat(report.explanationOf("potassium-raising-medication").orElseThrow().applied()).isTrue();
	}

	@Test
	void theTraceHoldsEveryRuleOnceFiredOrNotWithItsReason() {
		AdviceReport report = this.engine.evaluate(AdviceContext.empty(AS_OF, 14));

		assertThat(report.explanations()).extracting(RuleExplanation::rule)
			.containsExactlyInAnyOrderElementsOf(this.engine.ruleIds())
			.doesNotHaveDuplicates();
		assertThat(report.explanations()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
		assertThat(report.explanationsOf(Remedy.LOOSE_BEDDING)).singleElement()
			.satisfies(e -> assertThat(e.message()).isEqualTo("Nothing logged about your bedding in the last 14 nights."));
		assertThat(report.explanationsOf(RedFlagCode.LONG_CRAMP)).singleElement()
			.satisfies(e -> assertThat(e.fired()).isFalse());
	}

	@Test
	void aRecommendationsEvidenceIsThatOfItsBestSupportedReason() {
		AdviceContextBuilder waterOnly = context().checkIn(checkIn(nightsAgo(1)).water(500))
			.checkIn(checkIn(nightsAgo(2)).water(500));
		AdviceContextBuilder waterAndAlcohol = context().checkIn(checkIn(nightsAgo(1)).water(500).alcohol(1, 0.5))
			.checkIn(checkIn(nightsAgo(2)).water(500).alcohol(1, 0.5));

		assertThat(this.engine.evaluate(waterOnly.build()).recommendationOf(Remedy.STAY_HYDRATED).orElseThrow().evidence())
			.isEqualTo(EvidenceGrade.NONE);
		Recommendation both = this.engine.evaluate(waterAndAlcohol.build())
			.recommendationOf(Remedy.STAY_HYDRATED)
			.orElseThrow();
		assertThat(both.evidence()).isEqualTo(EvidenceGrade.LIMITED);
		assertThat(both.reasons()).hasSize(2);
	}

	@Test
	void personalCautionsComeBeforeTheRemedysOwn() {
		AdviceReport report = this.engine.evaluate(context().profile(profile().conditions(HealthCondition.DIABETES))
			.episode(cramp(nightsAgo(1)))
			.build());

		assertThat(report.recommendationOf(Remedy.APPLY_HEAT).orElseThrow().cautions()).containsExactly(
				"With diabetes, your feet may not feel heat well, so heat can burn before you notice: test the temperature with your hand first and keep it brief.",
				"Use warm, not hot, and never fall asleep on a heat pad or hot-water bottle.");
	}

	@Test
	void redFlagsAreOrderedMostUrgentFirstAndSendTheUserToAClinician() {
		AdviceContextBuilder context = context().episode(cramp(nightsAgo(1)).seconds(900))
			.episode(cramp(nightsAgo(2)).signs(WarningSign.CALF_SWELLING_OR_REDNESS))
			.profile(profile().conditions(HealthCondition.THYROID_DISORDER));

		AdviceReport report = this.engine.evaluate(context.build());

		assertThat(report.redFlags()).extracting(RedFlag::code)
			.containsExactly(RedFlagCode.CALF_SWELLING_OR_REDNESS, RedFlagCode.LONG_CRAMP, RedFlagCode.CONDITION_REVIEW);
		assertThat(report.redFlags()).extracting(RedFlag::urgency)
			.containsExactly(Urgency.SAME_DAY, Urgency.SOON, Urgency.ROUTINE);
		assertThat(report.seeClinician()).isTrue();
		assertThat(report.redFlagOf(RedFlagCode.CALF_SWELLING_OR_REDNESS).orElseThrow().message())
			.contains("the night of 18 November 2026").contains("today");
		assertThat(report.redFlagOf(RedFlagCode.CONDITION_REVIEW).orElseThrow().message())
			.startsWith("Your profile lists a thyroid disorder.");
	}

	@Test
	void listsInReasonsReadAsPlainEnglish() {
		AdviceReport report = this.engine.evaluate(context().medication(medication("simvastatin", DrugClass.STATIN))
			.medication(medication("salbutamol", DrugClass.SHORT_ACTING_BETA_AGONIST))
			.medication(medication("nifedipine", DrugClass.CALCIUM_CHANNEL_BLOCKER))
			.episode(cramp(nightsAgo(1)))
			.build());

		assertThat(report.redFlagOf(RedFlagCode.MEDICATION_REVIEW).orElseThrow().message())
			.startsWith("You take simvastatin, salbutamol and nifedipine. These kinds of medicine are linked");
	}

	@Test
	void theSameContextGivesTheSameReport() {
		AdviceContext context = context().profile(profile().born(1948))
			.checkIn(checkIn(nightsAgo(2)).water(700).alcohol(4, 1.0))
			.checkIn(checkIn(nightsAgo(3)).water(700).alcohol(4, 1.0))
			.episode(cramp(nightsAgo(3)).helpedMost(Relief.MASSAGE))
			.build();

		assertThat(this.engine.evaluate(context)).isEqualTo(this.engine.evaluate(context));
	}

	@Test
	void rulesWithDuplicateOrMalformedIdsAreRejected() {
		AdviceRule first = new FixedRule("same-id", Concern.cautions(Remedy.MASSAGE));
		AdviceRule second = new FixedRule("same-id", Concern.cautions(Remedy.APPLY_HEAT));

		assertThatIllegalArgumentException().isThrownBy(() -> new AdviceEngine(List.of(first, second),
				AdviceSettings.defaults(), AdviceTestSupport.messages()))
			.withMessageContaining("same-id");
		assertThatIllegalArgumentException().isThrownBy(() -> new AdviceEngine(
				List.of(new FixedRule("Not_Kebab", Concern.cautions(Remedy.MASSAGE))), AdviceSettings.defaults(),
				AdviceTestSupport.messages()));
	}

	@Test
	void aRuleAnsweringAboutSomethingElseIsAnError() {
		AdviceRule liar = new FixedRule("liar", Concern.cautions(Remedy.MASSAGE)) {
			@Override
			public RuleOutcome evaluate(AdviceContext context) {
				return RuleOutcome.fired("liar", Concern.withholds(Remedy.MASSAGE), "advice.list.and");
			}
		};
		AdviceEngine engine = new AdviceEngine(List.of(liar), AdviceSettings.defaults(), AdviceTestSupport.messages());

		assertThatIllegalStateException().isThrownBy(() -> engine.evaluate(AdviceContext.empty(AS_OF, 14)))
			.withMessageContaining("liar");
	}

	@Test
	void textsFollowTheLocaleAndFallBackToEnglish() {
		AdviceReport report = this.engine.evaluate(AdviceContext.empty(AS_OF, 14), java.util.Locale.GERMAN);

		assertThat(report.recommendations().get(0).title()).isEqualTo("Stretch your calves before bed");
	}

	@Test
	void settingsChangeTheRankingWeights() {
		AdviceEngine coincidenceBlind = AdviceTestSupport.engine(AdviceTestSupport.settings(
				Map.of("ranking.coincidence-weight", "1")));
		AdviceContextBuilder context = context();
		for (int n = 1; n <= 2; n++) {
			context.checkIn(checkIn(nightsAgo(n)).standing(9).stretched(true)).episode(cramp(nightsAgo(n)));
		}
		for (int n = 3; n <= 7; n++) {
			context.checkIn(checkIn(nightsAgo(n)).tightBedding(true).stretched(true));
		}

		List<Remedy> order = order(coincidenceBlind.evaluate(context.build()));

		assertThat(order.indexOf(Remedy.LOOSE_BEDDING)).isLessThan(order.indexOf(Remedy.AVOID_PROLONGED_POSITIONS));
	}

	/** A rule that never fires, for the engine's own checks. */
	static class FixedRule implements AdviceRule {

		private final String id;

		private final Concern concern;

		FixedRule(String id, Concern concern) {
			this.id = id;
			this.concern = concern;
		}

		@Override
		public String id() {
			return this.id;
		}

		@Override
		public Concern concern() {
			return this.concern;
		}

		@Override
		public RuleOutcome evaluate(AdviceContext context) {
			return RuleOutcome.notFired(this.id, this.concern, "advice.list.and");
		}

	}

}
