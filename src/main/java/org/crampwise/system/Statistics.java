package org.crampwise.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The small statistics the app shows, each written once: medians and weekly rates for the report, and for insights
 * the Wilson interval of a proportion, the Mantel-Haenszel risk ratio over strata with its variance widened for
 * night-to-night persistence, the lag-1 autocorrelation of a 0/1 series, and the Benjamini-Hochberg procedure.
 * docs/insights.md explains each in words.
 */
public final class Statistics {

	/** The two-sided 95% normal quantile. */
	public static final double Z95 = 1.959963984540054;

	/** Autocorrelations are clipped to 0..this before they widen a variance. */
	public static final double MAX_AUTOCORRELATION = 0.9;

	private Statistics() {
	}

	/** The median of the values, or null when there are none. */
	public static @Nullable Double median(List<? extends Number> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}

	/** Per 7 nights, to one decimal. */
	public static double perWeek(int count, int nights) {
		return (nights == 0) ? 0 : Math.round(count * 70.0 / nights) / 10.0;
	}

	/**
	 * The Wilson score 95% interval of {@code events} out of {@code trials} (Wilson 1927).
	 * @return the raw proportion and its interval; with no trials, 0 and the interval 0..1
	 */
	public static Proportion wilson(int events, int trials) {
		if (events < 0 || trials < 0 || events > trials) {
			throw new IllegalArgumentException(events + " of " + trials);
		}
		if (trials == 0) {
			return new Proportion(events, trials, 0, 0, 1);
		}
		double n = trials;
		double p = events / n;
		double z2 = Z95 * Z95;
		double centre = p + z2 / (2 * n);
		double spread = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
		double denominator = 1 + z2 / n;
		return new Proportion(events, trials, p, Math.max(0, (centre - spread) / denominator),
				Math.min(1, (centre + spread) / denominator));
	}

	/**
	 * The lag-1 autocorrelation of a 0/1 series over consecutive pairs where both values are known (null unknown),
	 * clipped to 0..{@value #MAX_AUTOCORRELATION}; 0 with fewer than 3 pairs or no variation.
	 */
	public static double lag1Autocorrelation(List<@Nullable Boolean> series) {
		double sum = 0;
		int count = 0;
		for (Boolean value : series) {
			if (value != null) {
				sum += value ? 1 : 0;
				count++;
			}
		}
		if (count < 2) {
			return 0;
		}
		double mean = sum / count;
		double variance = 0;
		for (Boolean value : series) {
			if (value != null) {
				double d = (value ? 1 : 0) - mean;
				variance += d * d;
			}
		}
		variance /= count;
		double covariance = 0;
		int pairs = 0;
		for (int i = 1; i < series.size(); i++) {
			Boolean previous = series.get(i - 1);
			Boolean current = series.get(i);
			if (previous != null && current != null) {
				covariance += ((previous ? 1 : 0) - mean) * ((current ? 1 : 0) - mean);
				pairs++;
			}
		}
		if (pairs < 3 || variance == 0) {
			return 0;
		}
		double r = (covariance / pairs) / variance;
		return Math.max(0, Math.min(MAX_AUTOCORRELATION, r));
	}

	/**
	 * The factor by which persistence widens the variance of a log risk ratio: (1 + rx·ry) / (1 − rx·ry), with both
	 * autocorrelations clipped to 0..{@value #MAX_AUTOCORRELATION}.
	 */
	public static double persistenceFactor(double rx, double ry) {
		double product = clip(rx) * clip(ry);
		return (1 + product) / (1 - product);
	}

	private static double clip(double r) {
		return Math.max(0, Math.min(MAX_AUTOCORRELATION, r));
	}

	/**
	 * The Mantel-Haenszel risk ratio over the strata, with the Greenland-Robins variance of its logarithm multiplied
	 * by {@code varianceFactor} (1 for none; see {@link #persistenceFactor}), its 95% interval and the two-sided
	 * p-value of ln RR = 0. Empty when either sum is zero (no events on one side: no finite ratio).
	 */
	public static Optional<RiskRatio> mantelHaenszel(List<Stratum> strata, double varianceFactor) {
		double numerator = 0;
		double denominator = 0;
		double varianceSum = 0;
		for (Stratum s : strata) {
			double total = s.exposed() + s.unexposed();
			if (total == 0 || s.exposed() == 0 || s.unexposed() == 0) {
				continue;
			}
			numerator += s.exposedEvents() * s.unexposed() / total;
			denominator += s.unexposedEvents() * s.exposed() / total;
			varianceSum += (s.exposed() * (double) s.unexposed() * (s.exposedEvents() + s.unexposedEvents())
					- s.exposedEvents() * (double) s.unexposedEvents() * total) / (total * total);
		}
		if (numerator == 0 || denominator == 0) {
			return Optional.empty();
		}
		double ratio = numerator / denominator;
		double variance = Math.max(0, varianceSum / (numerator * denominator)) * varianceFactor;
		double se = Math.sqrt(variance);
		double log = Math.log(ratio);
		double p = (se == 0) ? ((log == 0) ? 1 : 0) : 2 * upperTail(Math.abs(log) / se);
		return Optional.of(new RiskRatio(ratio, Math.exp(log - Z95 * se), Math.exp(log + Z95 * se), p));
	}

	/**
	 * Benjamini-Hochberg at false discovery rate {@code q}: which of the p-values are discoveries (same order).
	 */
	public static boolean[] benjaminiHochberg(double[] pValues, double q) {
		int m = pValues.length;
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < m; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble(i -> pValues[i]));
		int largest = -1;
		for (int k = 0; k < m; k++) {
			if (pValues[order.get(k)] <= q * (k + 1) / m) {
				largest = k;
			}
		}
		boolean[] discoveries = new boolean[m];
		for (int k = 0; k <= largest; k++) {
			discoveries[order.get(k)] = true;
		}
		return discoveries;
	}

	/** P(Z > z) for a standard normal Z (complementary error function, fractional error below 1.2e-7). */
	public static double upperTail(double z) {
		return 0.5 * erfc(z / Math.sqrt(2));
	}

	private static double erfc(double x) {
		double z = Math.abs(x);
		double t = 1 / (1 + 0.5 * z);
		double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
				+ t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
						+ t * (-0.82215223 + t * 0.17087277)))))))));
		return (x >= 0) ? r : 2 - r;
	}

	/**
	 * A proportion and its 95% interval.
	 *
	 * @param events the events
	 * @param trials the trials
	 * @param rate events / trials (0 without trials)
	 * @param low lower limit
	 * @param high upper limit
	 */
	public record Proportion(int events, int trials, double rate, double low, double high) {
	}

	/**
	 * One stratum of a 2x2 table.
	 *
	 * @param exposedEvents a: exposed with the event
	 * @param exposed n1: exposed
	 * @param unexposedEvents c: unexposed with the event
	 * @param unexposed n0: unexposed
	 */
	public record Stratum(int exposedEvents, int exposed, int unexposedEvents, int unexposed) {
	}

	/**
	 * A risk ratio with its 95% interval and two-sided p-value.
	 *
	 * @param ratio the estimate
	 * @param low lower limit
	 * @param high upper limit
	 * @param p two-sided p-value of "no difference"
	 */
	public record RiskRatio(double ratio, double low, double high, double p) {
	}

}
