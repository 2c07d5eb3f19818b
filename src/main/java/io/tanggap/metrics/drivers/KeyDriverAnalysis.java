package io.tanggap.metrics.drivers;

import java.util.List;

/**
 * The result of a key-driver analysis.
 *
 * @param observations the number of rows analysed
 * @param rSquared R² of the regression of the outcome on all drivers; each method's shares sum to it
 * @param drivers in the order they were given
 * @param resamples the bootstrap resamples the intervals come from (resamples in which a column
 *        was constant are left out)
 * @param warnings reasons to read the result with care, in English, one sentence each
 */
public record KeyDriverAnalysis(int observations, double rSquared, Interval rSquaredInterval,
		List<DriverImportance> drivers, int resamples, List<String> warnings) {

	public KeyDriverAnalysis {
		drivers = List.copyOf(drivers);
		warnings = List.copyOf(warnings);
	}
}
