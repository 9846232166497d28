package org.crampwise.advice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.crampwise.checkin.ExerciseLevel;
import org.crampwise.episode.Relief;
import org.crampwise.episode.WarningSign;
import org.crampwise.profile.DrugClass;
import org.crampwise.profile.HealthCondition;
import org.crampwise.profile.Pregnancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;
import static org.crampwise.advice.EpisodeBuilder.daytime;
import static org.crampwise.advice.MedicationBuilder.medication;
import static org.crampwise.advice.ProfileBuilder.profile;

/**
 * Whole reports for whole users, one row per scenario: which remedies come first, which must not be recommended,
 * exactly which are withheld, exactly which red flags in which order, and what the texts must say. Every safety rule
 * and every red flag has a row.
 */
class AdviceScenarioTests {

	private static final AdviceEngine ENGINE = AdviceTestSupport.engine();

	record Scenario(String name, AdviceContextBuilder context, List<Remedy> first, List<Remedy> notRecommended,
			List<Remedy> withheld, List<RedFlagCode> redFlags, Consumer<AdviceReport> also) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Scenario> scenarios() {
		return Stream.<Row>of(
				row("a new user with nothing logged gets first-line stretching and an invitation to log")
					.given(context())
					.first(Remedy.STRETCH_BEFORE_BED, Remedy.STRETCH_DURING_CRAMP)
					.then(r -> assertThat(r.recommendations()).hasSize(2)
						.allSatisfy(rec -> assertThat(rec.reasons().get(0)).contains("Log your"))),
				row("an older user with nothing logged also hears why stretching suits their age")
					.given(context().profile(profile().born(1944)))
					.first(Remedy.STRETCH_BEFORE_BED, Remedy.STRETCH_DURING_CRAMP)
					.then(r -> assertThat(r.recommendationOf(Remedy.STRETCH_BEFORE_BED).orElseThrow().reasons())
						.anySatisfy(reason -> assertThat(reason).startsWith("You are about 82."))),
				row("alcohol near bedtime on cramp nights puts hydration first")
					.given(alcoholWeek())
					.first(Remedy.STAY_HYDRATED)
					.then(r -> assertThat(r.recommendations().get(0).reasons()).contains(
							"You had alcohol within 2 hours of bed on 4 of the last 14 nights; 3 of the 3 of those nights "
									+ "you logged had cramps; no other logged night to compare with yet.")),
				row("a shop worker standing all day with cramps after is told to break it up first")
					.given(standingWeek())
					.first(Remedy.AVOID_PROLONGED_POSITIONS),
				row("kidney disease withholds magnesium and potassium foods even when rules ask for them")
					.given(stretchedCrampNights(3).profile(profile().conditions(HealthCondition.KIDNEY_DISEASE))
						.medication(medication("hydrochlorothiazide", DrugClass.THIAZIDE_DIURETIC))
						.checkIn(checkIn(nightsAgo(10)).potassiumServings(0))
						.checkIn(checkIn(nightsAgo(11)).potassiumServings(0)))
					.withheld(Remedy.MAGNESIUM, Remedy.POTASSIUM_FOODS)
					.flags(RedFlagCode.MEDICATION_REVIEW, RedFlagCode.CONDITION_REVIEW)
					.then(r -> {
						assertThat(r.explanationOf("cramps-despite-stretching").orElseThrow().fired()).isTrue();
						assertThat(r.explanationOf("few-potassium-foods").orElseThrow().fired()).isTrue();
						assertThat(r.explanationOf("potassium-losing-diuretic").orElseThrow().fired()).isTrue();
						assertThat(r.withheld()).allSatisfy(w -> assertThat(w.reason()).contains("kidney"));
					}),
				row("an ACE inhibitor withholds potassium foods but not magnesium")
					.given(fewPotassiumNights().medication(medication("ramipril", DrugClass.ACE_INHIBITOR)))
					.withheld(Remedy.POTASSIUM_FOODS)
					.then(r -> assertThat(r.withholdingOf(Remedy.POTASSIUM_FOODS).orElseThrow().reason())
						.startsWith("You take ramipril, which can raise the potassium")),
				row("an ARB withholds potassium foods")
					.given(fewPotassiumNights().medication(medication("losartan", DrugClass.ANGIOTENSIN_RECEPTOR_BLOCKER)))
					.withheld(Remedy.POTASSIUM_FOODS),
				row("a potassium-sparing diuretic withholds potassium foods and asks for a prescriber review")
					.given(fewPotassiumNights().medication(medication("spironolactone", DrugClass.POTASSIUM_SPARING_DIURETIC))
						.episode(cramp(nightsAgo(10))))
					.withheld(Remedy.POTASSIUM_FOODS)
					.flags(RedFlagCode.MEDICATION_REVIEW),
				row("a thiazide alone makes potassium foods a tip, through the prescriber")
					.given(context().medication(medication("indapamide", DrugClass.THIAZIDE_DIURETIC)).episode(cramp(nightsAgo(2))))
					.flags(RedFlagCode.MEDICATION_REVIEW)
					.then(r -> assertThat(r.recommendationOf(Remedy.POTASSIUM_FOODS).orElseThrow().reasons()).singleElement()
						.asString()
						.contains("indapamide")
						.contains("Ask your prescriber")),
				row("pregnancy sends magnesium to the maternity clinician and keeps stretching")
					.given(stretchedCrampNights(3).profile(profile().pregnancy(Pregnancy.THIRD_TRIMESTER)))
					.notRecommended(Remedy.MAGNESIUM)
					.withheld(Remedy.MAGNESIUM)
					.then(r -> {
						assertThat(r.withholdingOf(Remedy.MAGNESIUM).orElseThrow().reason()).contains("third trimester")
							.contains("midwife or maternity doctor");
						assertThat(r.recommendationOf(Remedy.STRETCH_BEFORE_BED).orElseThrow().reasons())
							.anySatisfy(reason -> assertThat(reason).contains("safe"));
					}),
				row("a swollen calf in pregnancy is a same-day call to the maternity unit")
					.given(context().profile(profile().pregnancy(Pregnancy.SECOND_TRIMESTER))
						.episode(cramp(nightsAgo(1)).signs(WarningSign.CALF_SWELLING_OR_REDNESS)))
					.withheld(Remedy.MAGNESIUM)
					.flags(RedFlagCode.CALF_SWELLING_OR_REDNESS)
					.then(r -> {
						RedFlag flag = r.redFlags().get(0);
						assertThat(flag.urgency()).isEqualTo(Urgency.SAME_DAY);
						assertThat(flag.message()).contains("maternity unit").contains("today");
					}),
				row("magnesium is only ever 'ask your clinician first', last, with its weak evidence")
					.given(stretchedCrampNights(4))
					.then(r -> {
						Recommendation magnesium = r.recommendationOf(Remedy.MAGNESIUM).orElseThrow();
						assertThat(magnesium.rank()).isEqualTo(r.recommendations().size());
						assertThat(magnesium.title()).isEqualTo("Magnesium: ask your clinician first");
						assertThat(magnesium.howTo()).startsWith("Do not start magnesium on your own.");
						assertThat(magnesium.evidence()).isEqualTo(EvidenceGrade.CONFLICTING);
						assertThat(magnesium.cautions().get(0)).contains("Ask your clinician first").contains("little benefit");
						assertThat(magnesium.reasons().get(0)).contains("ask your clinician");
					}),
				row("heat carries a burn caution with diabetes")
					.given(context().profile(profile().conditions(HealthCondition.DIABETES)).episode(cramp(nightsAgo(3))))
					.flags(RedFlagCode.CONDITION_REVIEW)
					.then(r -> assertThat(r.recommendationOf(Remedy.APPLY_HEAT).orElseThrow().cautions().get(0))
						.startsWith("With diabetes, your feet may not feel heat well")),
				row("heat carries a burn caution with numb feet, which are also a red flag")
					.given(context().episode(cramp(nightsAgo(3)).signs(WarningSign.NUMBNESS_OR_TINGLING)))
					.flags(RedFlagCode.NUMBNESS_OR_TINGLING)
					.then(r -> assertThat(r.recommendationOf(Remedy.APPLY_HEAT).orElseThrow().cautions().get(0))
						.startsWith("With numbness or tingling, your feet may not feel heat well")),
				row("a cramp-associated medicine prompts a talk with the prescriber, never stopping it")
					.given(context().medication(medication("salmeterol inhaler", DrugClass.LONG_ACTING_BETA_AGONIST))
						.episode(cramp(nightsAgo(2))))
					.flags(RedFlagCode.MEDICATION_REVIEW)
					.then(r -> assertThat(r.redFlags().get(0).message()).contains("salmeterol inhaler")
						.contains("prescriber")
						.contains("Keep taking your medicines as prescribed")
						.doesNotContainIgnoringCase("stop")),
				row("cramps that began after a new medicine are a routine talk with the prescriber")
					.given(context().medication(medication("new tablets", DrugClass.OTHER).startedOn(nightsAgo(10)))
						.episode(cramp(nightsAgo(9)))
						.episode(cramp(nightsAgo(4))))
					.flags(RedFlagCode.NEW_MEDICATION)
					.then(r -> assertThat(r.redFlags().get(0)).satisfies(flag -> {
						assertThat(flag.urgency()).isEqualTo(Urgency.ROUTINE);
						assertThat(flag.message()).contains("new tablets").contains("keep taking it as prescribed");
					})),
				row("cramps on six of fourteen nights are frequent")
					.given(crampNights(6))
					.flags(RedFlagCode.FREQUENT_CRAMPS),
				row("cramps rated nine on three nights are severe")
					.given(context().episode(cramp(nightsAgo(1)).intensity(9))
						.episode(cramp(nightsAgo(4)).intensity(9))
						.episode(cramp(nightsAgo(8)).intensity(10)))
					.flags(RedFlagCode.SEVERE_CRAMPS),
				row("a twelve-minute cramp is long")
					.given(context().episode(cramp(nightsAgo(5)).seconds(720)))
					.flags(RedFlagCode.LONG_CRAMP)
					.then(r -> assertThat(r.redFlags().get(0).message()).contains("about 12 minutes")
						.contains("the night of 15 November 2026")),
				row("muscle weakness is a red flag")
					.given(context().episode(cramp(nightsAgo(5)).signs(WarningSign.MUSCLE_WEAKNESS)))
					.flags(RedFlagCode.MUSCLE_WEAKNESS),
				row("daytime cramps are a red flag")
					.given(context().episode(daytime(nightsAgo(2))).episode(daytime(nightsAgo(6))))
					.flags(RedFlagCode.DAYTIME_CRAMPS),
				row("everything at once: flags most urgent first, safety still wins")
					.given(crampNights(7).profile(profile().born(1940).conditions(HealthCondition.KIDNEY_DISEASE))
						.medication(medication("atorvastatin", DrugClass.STATIN).startedOn(nightsAgo(30)))
						.episode(cramp(nightsAgo(2)).seconds(1200).intensity(9).signs(WarningSign.CALF_SWELLING_OR_REDNESS))
						.episode(cramp(nightsAgo(3)).intensity(9).signs(WarningSign.MUSCLE_WEAKNESS))
						.episode(cramp(nightsAgo(4)).intensity(9).helpedMost(Relief.MASSAGE))
						.episode(daytime(nightsAgo(5)))
						.episode(daytime(nightsAgo(6))))
					.withheld(Remedy.MAGNESIUM, Remedy.POTASSIUM_FOODS)
					.flags(RedFlagCode.CALF_SWELLING_OR_REDNESS, RedFlagCode.LONG_CRAMP, RedFlagCode.MUSCLE_WEAKNESS,
							RedFlagCode.DAYTIME_CRAMPS, RedFlagCode.FREQUENT_CRAMPS, RedFlagCode.SEVERE_CRAMPS,
							RedFlagCode.NEW_MEDICATION, RedFlagCode.MEDICATION_REVIEW, RedFlagCode.CONDITION_REVIEW)
,
				row("a hard-training runner with cramps after hard days is told to stretch first")
					.given(hardTrainingWeek())
					.first(Remedy.STRETCH_BEFORE_BED)
					.then(r -> assertThat(r.recommendations().get(0).reasons().get(0))
						.startsWith("You had a day of hard exercise on 4 of the last 14 days; 4 of those nights had cramps;"))
				)
			.map(Row::build);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void producesTheExpectedReport(Scenario scenario) {
		AdviceReport report = ENGINE.evaluate(scenario.context().build());
		List<Remedy> order = report.recommendations().stream().map(Recommendation::remedy).toList();

		assertThat(order.subList(0, Math.min(order.size(), scenario.first().size()))).as("first recommendations")
			.isEqualTo(scenario.first());
		assertThat(order).as("not recommended")
			.noneMatch(remedy -> scenario.notRecommended().contains(remedy) || scenario.withheld().contains(remedy));
		assertThat(report.withheld()).extracting(WithheldRemedy::remedy)
			.as("withheld")
			.containsExactlyInAnyOrderElementsOf(scenario.withheld());
		assertThat(report.redFlags()).extracting(RedFlag::code)
			.as("red flags")
			.containsExactlyElementsOf(scenario.redFlags());
		assertThat(report.seeClinician()).isEqualTo(!scenario.redFlags().isEmpty());
		scenario.also().accept(report);
	}

	private static AdviceContextBuilder alcoholWeek() {
		AdviceContextBuilder context = context();
		for (int n = 1; n <= 7; n++) {
			boolean alcohol = n == 1 || n == 3 || n == 5 || n == 6;
			context.checkIn(alcohol ? checkIn(nightsAgo(n)).alcohol(2, 1.0).water(1800)
					: checkIn(nightsAgo(n)).noAlcohol().water(1800));
		}
		return context.episode(cramp(nightsAgo(1))).episode(cramp(nightsAgo(3))).episode(cramp(nightsAgo(6)));
	}

	private static AdviceContextBuilder standingWeek() {
		AdviceContextBuilder context = context();
		for (int n = 1; n <= 5; n++) {
			context.checkIn(checkIn(nightsAgo(n)).standing(9).sitting(1)).episode(cramp(nightsAgo(n)));
		}
		return context;
	}

	private static AdviceContextBuilder hardTrainingWeek() {
		AdviceContextBuilder context = context();
		for (int n = 1; n <= 8; n++) {
			boolean hard = n % 2 == 0;
			context.checkIn(checkIn(nightsAgo(n)).exercise(hard ? ExerciseLevel.HARD : ExerciseLevel.LIGHT)
				.stretched(true));
			if (hard) {
				context.episode(cramp(nightsAgo(n)));
			}
		}
		return context;
	}

	private static AdviceContextBuilder stretchedCrampNights(int nights) {
		AdviceContextBuilder context = context();
		for (int n = 1; n <= nights; n++) {
			context.checkIn(checkIn(nightsAgo(n)).stretched(true)).episode(cramp(nightsAgo(n)));
		}
		return context;
	}

	private static AdviceContextBuilder fewPotassiumNights() {
		return context().checkIn(checkIn(nightsAgo(1)).potassiumServings(0))
			.checkIn(checkIn(nightsAgo(2)).potassiumServings(1));
	}

	private static AdviceContextBuilder crampNights(int nights) {
		AdviceContextBuilder context = context();
		for (int n = 1; n <= nights; n++) {
			context.episode(cramp(nightsAgo(n)));
		}
		return context;
	}

	private static Row row(String name) {
		return new Row(name);
	}

	/** Builds a scenario row; unset columns mean "nothing expected" (no withheld, no red flag). */
	static final class Row {

		private final String name;

		private AdviceContextBuilder context = context();

		private List<Remedy> first = List.of();

		private final List<Remedy> notRecommended = new ArrayList<>();

		private List<Remedy> withheld = List.of();

		private List<RedFlagCode> redFlags = List.of();

		private Consumer<AdviceReport> also = report -> {
		};

		Row(String name) {
			this.name = name;
		}

		Row given(AdviceContextBuilder context) {
			this.context = context;
			return this;
		}

		Row first(Remedy... remedies) {
			this.first = List.of(remedies);
			return this;
		}

		Row notRecommended(Remedy... remedies) {
			this.notRecommended.addAll(Arrays.asList(remedies));
			return this;
		}

		Row withheld(Remedy... remedies) {
			this.withheld = List.of(remedies);
			return this;
		}

		Row flags(RedFlagCode... codes) {
			this.redFlags = List.of(codes);
			return this;
		}

		Row then(Consumer<AdviceReport> also) {
			this.also = also;
			return this;
		}

		Scenario build() {
			return new Scenario(this.name, this.context, this.first, this.notRecommended, this.withheld,
					this.redFlags, this.also);
		}

	}

}
