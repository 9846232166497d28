package org.crampwise.advice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.crampwise.profile.HealthCondition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;
import static org.crampwise.advice.ProfileBuilder.profile;

/**
 * Tips against the user's own baseline (issue 12, section 4): reasons compare with the user's other known nights, a
 * generic count gives way to a specific reason, unknown nights are never cramp-free, and the diary's gated patterns
 * raise or lower remedies as {@link NightlyFactor#remedyRaisedBy} says, with the safety rules winning.
 */
class OwnBaselineAdviceTests {

	private final AdviceEngine engine = AdviceTestSupport.engine();

	private static List<Remedy> order(AdviceReport report) {
		return report.recommendations().stream().map(Recommendation::remedy).toList();
	}

	private static Recommendation tip(AdviceReport report, Remedy remedy) {
		return report.recommendations().stream().filter(r -> r.remedy() == remedy).findFirst().orElseThrow();
	}

	/** Alcohol near bed on nights 1-4 (cramps on 1-3, night 4 unknown); no alcohol on 5-14, cramps on 5 and 6. */
	private static AdviceContextBuilder alcoholDiary() {
		AdviceContextBuilder diary = context();
		for (int n = 1; n <= 14; n++) {
			diary.checkIn(n <= 4 ? checkIn(nightsAgo(n)).alcohol(2, 1.0) : checkIn(nightsAgo(n)).noAlcohol());
		}
		for (int n : new int[] { 1, 2, 3, 5, 6 }) {
			diary.episode(cramp(nightsAgo(n)));
		}
		return diary;
	}

	@Test
	void aFactorsReasonComparesWithTheUsersOtherKnownNights() {
		AdviceContextBuilder diary = alcoholDiary();
		for (int n = 7; n <= 14; n++) {
			diary.noCramps(nightsAgo(n));
		}

		Recommendation hydrate = tip(this.engine.evaluate(diary.build()), Remedy.STAY_HYDRATED);

		assertThat(hydrate.reasons()).singleElement()
			.asString()
			.isEqualTo("You had alcohol within 2 hours of bed on 4 of the last 14 nights; 3 of the 3 of those nights "
					+ "you logged had cramps; your other nights: 2 of 10 had cramps.");
		for (int n = 1; n <= 4; n++) {
			diary.episode(cramp(nightsAgo(4)));
		}
		assertThat(tip(this.engine.evaluate(diary.build()), Remedy.STAY_HYDRATED).reasons()).singleElement()
			.asString()
			.isEqualTo("You had alcohol within 2 hours of bed on 4 of the last 14 nights; 4 of those nights had "
					+ "cramps; your other nights: 2 of 10 had cramps.");
	}

	@Test
	void unknownNightsAreNeverCountedAsCrampFreeInTheComparison() {
		Recommendation hydrate = tip(this.engine.evaluate(alcoholDiary().build()), Remedy.STAY_HYDRATED);

		assertThat(hydrate.reasons()).singleElement()
			.asString()
			.contains("your other nights: 2 of 2 had cramps")
			.doesNotContain("of 10");
	}

	@Test
	void countsOfTheWindowSayHowManyNightsAreKnown() {
		AdviceContextBuilder diary = context();
		for (int n = 1; n <= 6; n++) {
			diary.episode(cramp(nightsAgo(n)).intensity(9));
		}
		diary.noCramps(nightsAgo(7), nightsAgo(8), nightsAgo(9));

		AdviceReport report = this.engine.evaluate(diary.build());

		assertThat(report.redFlags()).extracting(RedFlag::message)
			.anySatisfy(message -> assertThat(message).startsWith("You had cramps on 6 of the 9 nights you logged in "
					+ "the last 14."))
			.anySatisfy(message -> assertThat(message).contains("on 6 of the 9 nights you logged in the last 14"));
		assertThat(tip(report, Remedy.STRETCH_BEFORE_BED).reasons())
			.anySatisfy(reason -> assertThat(reason).startsWith("You had cramps on 6 of the 9 nights you logged"));
	}

	@Test
	void theMappingIsExactlyTheIssues() {
		Map<NightlyFactor, Remedy> raisedByMore = new EnumMap<>(NightlyFactor.class);
		Map<NightlyFactor, Remedy> raisedByFewer = new EnumMap<>(NightlyFactor.class);
		Map<NightlyFactor, Remedy> lowered = new EnumMap<>(NightlyFactor.class);
		for (NightlyFactor factor : NightlyFactor.values()) {
			Remedy more = factor.remedyRaisedBy(FactorPattern.Finding.MORE_CRAMPS);
			Remedy fewer = factor.remedyRaisedBy(FactorPattern.Finding.FEWER_CRAMPS);
			Remedy low = factor.remedyLoweredBy(FactorPattern.Finding.NO_BIG_EFFECT);
			if (more != null) {
				raisedByMore.put(factor, more);
			}
			if (fewer != null) {
				raisedByFewer.put(factor, fewer);
			}
			if (low != null) {
				lowered.put(factor, low);
			}
			assertThat(factor.remedyLoweredBy(FactorPattern.Finding.MORE_CRAMPS)).isNull();
		}
		assertThat(raisedByMore).containsExactlyInAnyOrderEntriesOf(Map.of(NightlyFactor.ALCOHOL_NEAR_BEDTIME,
				Remedy.STAY_HYDRATED, NightlyFactor.HEAVY_DRINKING, Remedy.STAY_HYDRATED, NightlyFactor.LOW_WATER,
				Remedy.STAY_HYDRATED, NightlyFactor.LONG_STANDING, Remedy.AVOID_PROLONGED_POSITIONS,
				NightlyFactor.LONG_SITTING, Remedy.AVOID_PROLONGED_POSITIONS, NightlyFactor.TIGHT_BEDDING,
				Remedy.LOOSE_BEDDING, NightlyFactor.NO_STRETCH_BEFORE_BED, Remedy.STRETCH_BEFORE_BED,
				NightlyFactor.FEW_POTASSIUM_FOODS, Remedy.POTASSIUM_FOODS));
		assertThat(raisedByFewer).containsExactlyInAnyOrderEntriesOf(Map.of(NightlyFactor.WARM_BATH_BEFORE_BED,
				Remedy.APPLY_HEAT, NightlyFactor.MAGNESIUM_SUPPLEMENT, Remedy.MAGNESIUM));
		Map<NightlyFactor, Remedy> all = new EnumMap<>(raisedByMore);
		all.putAll(raisedByFewer);
		assertThat(lowered).isEqualTo(all);
	}

	@Test
	void aFactorLinkedWithMoreCrampsRaisesTheRemedyThatAnswersIt() {
		AdviceContextBuilder diary = context();
		for (int n = 1; n <= 14; n++) {
			diary.episode(cramp(nightsAgo(n)));
			diary.checkIn(checkIn(nightsAgo(n)).stretched(false));
		}
		AdviceReport before = this.engine.evaluate(diary.build());
		assertThat(order(before)).doesNotContain(Remedy.STAY_HYDRATED);

		AdviceReport after = this.engine.evaluate(
				diary.pattern(NightlyFactor.LOW_WATER, FactorPattern.Finding.MORE_CRAMPS, 28, 40, 52, 170).build());

		assertThat(order(after).get(0)).isEqualTo(Remedy.STAY_HYDRATED);
		assertThat(tip(after, Remedy.STAY_HYDRATED).reasons()).first()
			.asString()
			.isEqualTo("Your diary over the last year: nights with less than 1,500 ml of water had cramps more often, "
					+ "28 of 40 against 52 of 170 on your other nights.");
	}

	@Test
	void aProtectiveFactorLinkedWithFewerCrampsRaisesItsOwnRemedyAndTheGenericCountGoes() {
		AdviceContextBuilder diary = context();
		for (int n = 1; n <= 9; n++) {
			diary.episode(cramp(nightsAgo(n)));
		}
		AdviceReport before = this.engine.evaluate(diary.build());
		assertThat(tip(before, Remedy.APPLY_HEAT).reasons()).singleElement().asString().startsWith("You logged 9 cramps");

		AdviceReport after = this.engine.evaluate(diary
			.pattern(NightlyFactor.WARM_BATH_BEFORE_BED, FactorPattern.Finding.FEWER_CRAMPS, 5, 40, 60, 150)
			.build());

		Recommendation heat = tip(after, Remedy.APPLY_HEAT);
		assertThat(heat.reasons()).singleElement()
			.asString()
			.contains("nights with a warm bath or shower before bed had cramps less often, 5 of 40 against 60 of 150");
		assertThat(heat.rank()).isLessThan(tip(before, Remedy.APPLY_HEAT).rank());
		assertThat(order(after).get(0)).isEqualTo(Remedy.APPLY_HEAT);
	}

	@Test
	void magnesiumLinkedWithFewerCrampsIsRaisedWithItsCautionsButStaysSecondLine() {
		AdviceContextBuilder diary = context().episode(cramp(nightsAgo(1)))
			.pattern(NightlyFactor.MAGNESIUM_SUPPLEMENT, FactorPattern.Finding.FEWER_CRAMPS, 5, 40, 60, 150);

		AdviceReport report = this.engine.evaluate(diary.build());

		assertThat(order(report)).last().isEqualTo(Remedy.MAGNESIUM);
		assertThat(tip(report, Remedy.MAGNESIUM).cautions()).isNotEmpty();
		assertThat(tip(report, Remedy.MAGNESIUM).title()).contains("ask your clinician first");
	}

	@Test
	void theSafetyRulesWinOverEveryInsight() {
		AdviceContextBuilder diary = context().episode(cramp(nightsAgo(1)))
			.profile(profile().conditions(HealthCondition.KIDNEY_DISEASE))
			.pattern(NightlyFactor.MAGNESIUM_SUPPLEMENT, FactorPattern.Finding.FEWER_CRAMPS, 5, 40, 60, 150)
			.pattern(NightlyFactor.FEW_POTASSIUM_FOODS, FactorPattern.Finding.MORE_CRAMPS, 30, 40, 40, 150);

		AdviceReport report = this.engine.evaluate(diary.build());

		assertThat(order(report)).doesNotContain(Remedy.MAGNESIUM, Remedy.POTASSIUM_FOODS);
		assertThat(report.withheld()).extracting(WithheldRemedy::remedy)
			.containsExactlyInAnyOrder(Remedy.MAGNESIUM, Remedy.POTASSIUM_FOODS);
	}

	@Test
	void noBigEffectLowersTheTipAndSaysSoButNeverWithholdsIt() {
		AdviceContextBuilder diary = context();
		for (int n = 1; n <= 6; n++) {
			diary.checkIn(checkIn(nightsAgo(n)).tightBedding(true));
			diary.episode(cramp(nightsAgo(n)));
		}
		AdviceReport before = this.engine.evaluate(diary.build());
		assertThat(order(before).get(0)).isEqualTo(Remedy.LOOSE_BEDDING);

		AdviceReport after = this.engine.evaluate(
				diary.pattern(NightlyFactor.TIGHT_BEDDING, FactorPattern.Finding.NO_BIG_EFFECT, 40, 100, 38, 100)
					.build());

		List<Remedy> firstLine = order(after).stream().filter(r -> !r.isSecondLine()).toList();
		assertThat(firstLine).last().isEqualTo(Remedy.LOOSE_BEDDING);
		assertThat(tip(after, Remedy.LOOSE_BEDDING).reasons()).last()
			.asString()
			.isEqualTo("Your diary over the last year: nights with tight bedding had cramps about as often as your "
					+ "other nights (40 of 100 against 38 of 100), so this tip comes after the others.");
		assertThat(after.withheld()).isEmpty();
	}

	@Test
	void aTriggerLinkedWithFewerCrampsRaisesNothing() {
		AdviceContextBuilder diary = context().episode(cramp(nightsAgo(1)));
		AdviceReport before = this.engine.evaluate(diary.build());

		AdviceReport after = this.engine.evaluate(
				diary.pattern(NightlyFactor.LOW_WATER, FactorPattern.Finding.FEWER_CRAMPS, 5, 40, 60, 150).build());

		assertThat(order(after)).isEqualTo(order(before));
	}

}
