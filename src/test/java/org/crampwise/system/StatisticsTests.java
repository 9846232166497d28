package org.crampwise.system;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.crampwise.system.Statistics.Proportion;
import org.crampwise.system.Statistics.RiskRatio;
import org.crampwise.system.Statistics.Stratum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The statistics against values worked by hand (and by R's binom/epiR for the intervals). */
class StatisticsTests {

	@Test
	void wilsonIntervalOf28Of40() {
		Proportion p = Statistics.wilson(28, 40);
		assertThat(p.rate()).isEqualTo(0.7);
		assertThat(p.low()).isCloseTo(0.5457, within(1e-3));
		assertThat(p.high()).isCloseTo(0.8193, within(1e-3));
		assertThat(Statistics.wilson(0, 0).high()).isEqualTo(1);
		assertThat(Statistics.wilson(0, 10).low()).isZero();
	}

	@Test
	void oneStratumMantelHaenszelIsTheCrudeRiskRatioWithTheKatzVariance() {
		RiskRatio rr = Statistics.mantelHaenszel(List.of(new Stratum(28, 40, 52, 170)), 1).orElseThrow();
		assertThat(rr.ratio()).isCloseTo((28 / 40.0) / (52 / 170.0), within(1e-9));
		// Greenland-Robins with one stratum: (1/a - 1/n1 + 1/c - 1/n0)
		double se = Math.sqrt(1 / 28.0 - 1 / 40.0 + 1 / 52.0 - 1 / 170.0);
		assertThat(Math.log(rr.high() / rr.ratio())).isCloseTo(Statistics.Z95 * se, within(1e-9));
		RiskRatio wider = Statistics.mantelHaenszel(List.of(new Stratum(28, 40, 52, 170)), 4).orElseThrow();
		assertThat(Math.log(wider.high() / wider.ratio())).isCloseTo(2 * Statistics.Z95 * se, within(1e-9));
		assertThat(Statistics.mantelHaenszel(List.of(new Stratum(0, 40, 0, 170)), 1)).isEmpty();
	}

	@Test
	void stratificationRemovesConfoundingByTheStratum() {
		// within each stratum exposure makes no difference; pooled it seems to
		RiskRatio rr = Statistics
			.mantelHaenszel(List.of(new Stratum(32, 40, 8, 10), new Stratum(2, 10, 8, 40)), 1)
			.orElseThrow();
		assertThat(rr.ratio()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void persistenceWidensByTheAutocorrelationsProduct() {
		assertThat(Statistics.persistenceFactor(0.5, 0.5)).isCloseTo(1.25 / 0.75, within(1e-12));
		assertThat(Statistics.persistenceFactor(-0.3, 0.5)).isEqualTo(1);
		assertThat(Statistics.persistenceFactor(1, 1)).isCloseTo(1.81 / 0.19, within(1e-9));
		List<Boolean> runs = Arrays.asList(true, true, true, true, false, false, false, false, true, true, true, true,
				false, false, false, false);
		assertThat(Statistics.lag1Autocorrelation(runs)).isGreaterThan(0.5);
	}

	@Test
	void benjaminiHochbergFindsTheStepUpCutOff() {
		boolean[] found = Statistics.benjaminiHochberg(new double[] { 0.01, 0.04, 0.03, 0.5 }, 0.10);
		// sorted 0.01 <= .025, 0.03 <= .05, 0.04 <= .075, 0.5 > .1
		assertThat(found).containsExactly(true, true, true, false);
		assertThat(Statistics.benjaminiHochberg(new double[] { 0.2, 0.3 }, 0.10)).containsExactly(false, false);
	}

	@Test
	void upperTailOfTheNormal() {
		assertThat(Statistics.upperTail(Statistics.Z95)).isCloseTo(0.025, within(1e-6));
		assertThat(Statistics.upperTail(0)).isCloseTo(0.5, within(1e-7));
	}

}
