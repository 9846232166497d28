package org.crampwise.experiments;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis alone (the code the service runs), over simulated patients: the figures beside the method's table,
 * printed, and the verdict rules at their edges.
 */
class ExperimentAnalysisTests {

	static final LocalDate START = LocalDate.of(2027, 3, 1);

	@Test
	void figuresBesideTheMethodsTable() {
		long seed = 777L;
		Random random = new Random(seed);
		System.out.printf("experiments table (seed %d, 2000 users a cell, clustering 0.2, season +-1/3, adherence 0.95,"
				+ " known 0.95; with the one extension):%n", seed);
		System.out.println("| rate | design | no effect | RR 0.7 | RR 0.5 | method's table |");
		Object[][] rows = { { 0.5, 14, 3, "3.7% 20% 44%" }, { 0.5, 7, 6, "4.2% 23% 50%" }, { 0.5, 7, 8, "5.6% 30% 60%" },
				{ 0.3, 7, 6, "4.8% 15% 28%" }, { 0.3, 7, 8, "4.2% 18% 38%" } };
		for (Object[] row : rows) {
			double rate = (double) row[0];
			int nights = (int) row[1];
			int pairs = (int) row[2];
			double[] helped = new double[3];
			double[] ratios = { 1.0, 0.7, 0.5 };
			for (int k = 0; k < 3; k++) {
				helped[k] = helpedShare(random, 2000, rate, ratios[k], nights, pairs);
			}
			System.out.printf("| %.1f | %d x %d | %.1f%% | %.0f%% | %.0f%% | %s |%n", rate, pairs, nights,
					helped[0] * 100, helped[1] * 100, helped[2] * 100, row[3]);
			assertThat(helped[0]).isLessThanOrEqualTo(0.07);
		}
	}

	static double helpedShare(Random random, int users, double rate, double ratio, int blockNights, int pairs) {
		int helped = 0;
		for (int u = 0; u < users; u++) {
			StringBuilder orders = new StringBuilder();
			for (int i = 0; i < pairs + TestedRemedy.EXTENSION_PAIRS; i++) {
				orders.append(random.nextBoolean() ? 'R' : 'U');
			}
			SimulatedPatient patient = new SimulatedPatient(random, rate, ratio, 0.2, 1 / 3.0, 0.95, 0.95);
			Schedule extendedSchedule = new Schedule(START, 14, blockNights, 0, pairs + 2, orders.toString());
			Map<LocalDate, Boolean> outcomes = new HashMap<>();
			Map<LocalDate, Boolean> done = new HashMap<>();
			for (Schedule.Block block : extendedSchedule.blocks()) {
				for (LocalDate night = block.from(); !night.isAfter(block.to()); night = night.plusDays(1)) {
					SimulatedPatient.Night n = patient.night((int) night.toEpochDay(), block.arm() == Arm.REMEDY);
					done.put(night, n.done());
					if (n.outcome() != null) {
						outcomes.put(night, n.outcome());
					}
				}
			}
			Schedule planned = new Schedule(START, 14, blockNights, 0, pairs, orders.toString());
			ExperimentVerdict verdict = ExperimentAnalysis
				.analyse(planned, night -> false, outcomes, done, ExperimentSettings.defaults())
				.verdict();
			if (verdict == ExperimentVerdict.CANT_TELL) {
				verdict = ExperimentAnalysis
					.analyse(extendedSchedule, night -> false, outcomes, done, ExperimentSettings.defaults())
					.verdict();
			}
			helped += (verdict == ExperimentVerdict.HELPED) ? 1 : 0;
		}
		return (double) helped / users;
	}

	@Test
	void aBlockUnderSeventyPercentAdherenceMakesItNotReliableWhateverTheEffect() {
		Schedule schedule = new Schedule(START, 14, 7, 0, 6, "RURURURU");
		Map<LocalDate, Boolean> outcomes = new HashMap<>();
		Map<LocalDate, Boolean> done = new HashMap<>();
		for (Schedule.Block block : schedule.blocks()) {
			int i = 0;
			for (LocalDate night = block.from(); !night.isAfter(block.to()); night = night.plusDays(1), i++) {
				boolean remedy = block.arm() == Arm.REMEDY;
				outcomes.put(night, !remedy || i == 0);
				// block 3 (a remedy block) followed on 4 nights of 7: 57%
				done.put(night, (block.index() == 3 && i >= 4) ? !remedy : remedy);
			}
		}
		ExperimentAnalysis.Result result = ExperimentAnalysis.analyse(schedule, n -> false, outcomes, done,
				ExperimentSettings.defaults());
		assertThat(result.blocks().get(2).adherence()).isLessThan(0.7);
		assertThat(result.verdict()).isEqualTo(ExperimentVerdict.NOT_RELIABLE);

		done.replaceAll((night, d) -> schedule.blockOf(night).orElseThrow().arm() == Arm.REMEDY);
		assertThat(ExperimentAnalysis.analyse(schedule, n -> false, outcomes, done, ExperimentSettings.defaults())
			.verdict()).isEqualTo(ExperimentVerdict.HELPED);
	}

}
