package io.tanggap.metrics.drivers;

import java.util.Arrays;

/** Percentile bootstrap intervals. */
final class Percentiles {

	private Percentiles() {
	}

	/**
	 * @param estimates the statistic in each resample; reordered
	 * @return the 2.5 % and 97.5 % quantiles, interpolated between order statistics as R's default
	 *         {@code quantile} (type 7)
	 */
	static Interval of95(double[] estimates) {
		Arrays.sort(estimates);
		return new Interval(quantile(estimates, 0.025), quantile(estimates, 0.975));
	}

	private static double quantile(double[] sorted, double p) {
		double position = p * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}
}
