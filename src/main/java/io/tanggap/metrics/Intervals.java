package io.tanggap.metrics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/** The distributions behind the 95 % intervals and p-values. */
final class Intervals {

	/** The 97.5 % quantile of the standard normal distribution, the "1.96" of a 95 % interval. */
	static final double Z95 = 1.959963984540054;

	private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
	/**
	 * Quantiles already worked out, by degrees of freedom: finding one takes commons-math 10–40 µs
	 * of root finding, and a branch ranking needs dozens, mostly the same again on the next refresh.
	 */
	private static final java.util.Map<Long, Double> T95 = new java.util.concurrent.ConcurrentHashMap<>();
	private static final int T95_KEPT = 10_000;

	private Intervals() {
	}

	/**
	 * Wilson's score interval for a proportion: unlike p ± 1.96·SE it stays inside 0..1 and keeps
	 * its coverage for small n and shares near 0 or 1 (Newcombe 1998). With no successes it starts
	 * at exactly 0 and with all successes it ends at exactly 1, as in exact arithmetic: rounding
	 * would otherwise leave the share itself just outside its interval.
	 * @return {low, high} as proportions; only for n > 0
	 */
	static double[] wilson(long successes, long n) {
		double p = (double) successes / n;
		double zz = Z95 * Z95;
		double centre = (p + zz / (2 * n)) / (1 + zz / n);
		double half = Z95 * Math.sqrt(p * (1 - p) / n + zz / (4.0 * n * n)) / (1 + zz / n);
		return new double[] { successes == 0 ? 0 : Math.max(0, centre - half),
				successes == n ? 1 : Math.min(1, centre + half) };
	}

	/** @return the 97.5 % quantile of Student's t with these degrees of freedom */
	static double t95(long degreesOfFreedom) {
		Double known = T95.get(degreesOfFreedom);
		if (known != null) {
			return known;
		}
		double quantile = new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
		if (T95.size() >= T95_KEPT) {
			T95.clear();
		}
		T95.put(degreesOfFreedom, quantile);
		return quantile;
	}

	/** @return the two-sided p-value of a standard normal statistic */
	static double twoSidedP(double z) {
		return Math.min(1, 2 * NORMAL.cumulativeProbability(-Math.abs(z)));
	}

	static double clip(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}
}
