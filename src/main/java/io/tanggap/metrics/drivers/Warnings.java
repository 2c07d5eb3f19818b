package io.tanggap.metrics.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The reasons to read an analysis with care that can be seen before it runs. */
final class Warnings {

	/** Fewer rows than this per driver leave the shares unstable. */
	static final int ROWS_PER_DRIVER = 10;

	static final int MIN_ROWS = 50;

	/** A condition index √(λmax/λmin) of 30 (Belsley, Kuh and Welsch) marks strong collinearity. */
	static final double MAX_CONDITION_NUMBER = 30 * 30;

	/** R² of a driver on the others above which it says little the others do not (VIF 20). */
	static final double MAX_R_SQUARED_ON_OTHERS = 0.95;

	private Warnings() {
	}

	static List<String> of(DriverRatings ratings, Correlations correlations) {
		List<String> warnings = new ArrayList<>();
		int n = ratings.size();
		int k = ratings.driverCount();
		if (n < ROWS_PER_DRIVER * k) {
			warnings.add(String.format(Locale.ROOT, "Few rows for %d drivers: %d, fewer than %d per driver (%d).", k,
					n, ROWS_PER_DRIVER, ROWS_PER_DRIVER * k));
		}
		if (n < MIN_ROWS) {
			warnings.add(String.format(Locale.ROOT, "Few rows: %d, fewer than %d.", n, MIN_ROWS));
		}
		double condition = RelativeWeights.conditionNumber(correlations);
		if (condition > MAX_CONDITION_NUMBER) {
			warnings.add(String.format(Locale.ROOT,
					"The drivers are nearly collinear: the condition number of their correlations is %.4g (above %.0f); the shares are unstable.",
					condition, MAX_CONDITION_NUMBER));
		}
		SubsetFit fit = new SubsetFit(correlations.xx());
		int all = (1 << k) - 1;
		for (int j = 0; j < k; j++) {
			double onOthers = k == 1 ? 0 : fit.rSquared(all & ~(1 << j), correlations.xx()[j]);
			if (onOthers > MAX_R_SQUARED_ON_OTHERS) {
				warnings.add(String.format(Locale.ROOT,
						"%s is nearly a combination of the other drivers (R² on them %.4f, above %.2f).",
						ratings.driverNames().get(j), onOthers, MAX_R_SQUARED_ON_OTHERS));
			}
		}
		return warnings;
	}
}
