package io.tanggap.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusting the p-values of many comparisons shown at once (every branch against last month), so
 * that "significant" does not turn up by chance. Both methods return the adjusted p-values in the
 * order given, capped at 1, and agree with R's {@code p.adjust}.
 */
public final class PValues {

	private PValues() {
	}

	/** Holm's step-down method: controls the chance of any false "significant" (family-wise error). */
	public static double[] holm(double... pValues) {
		int m = pValues.length;
		Integer[] order = ascending(pValues);
		double[] adjusted = new double[m];
		double running = 0;
		for (int rank = 0; rank < m; rank++) {
			running = Math.max(running, Math.min(1, (m - rank) * pValues[order[rank]]));
			adjusted[order[rank]] = running;
		}
		return adjusted;
	}

	/** Benjamini and Hochberg's step-up method: controls the expected share of false "significant"s. */
	public static double[] benjaminiHochberg(double... pValues) {
		int m = pValues.length;
		Integer[] order = ascending(pValues);
		double[] adjusted = new double[m];
		double running = 1;
		for (int rank = m - 1; rank >= 0; rank--) {
			running = Math.min(running, pValues[order[rank]] * m / (rank + 1));
			adjusted[order[rank]] = running;
		}
		return adjusted;
	}

	private static Integer[] ascending(double[] pValues) {
		if (Arrays.stream(pValues).anyMatch(p -> !(p >= 0 && p <= 1))) {
			throw new IllegalArgumentException("p-values must be between 0 and 1: " + Arrays.toString(pValues));
		}
		return IntStream.range(0, pValues.length).boxed().sorted(Comparator.comparingDouble(i -> pValues[i]))
			.toArray(Integer[]::new);
	}
}
