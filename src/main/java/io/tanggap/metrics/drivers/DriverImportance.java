package io.tanggap.metrics.drivers;

/**
 * One driver's share of R², by both methods, with their bootstrap 95 % percentile intervals.
 *
 * @param lmg the LMG (Shapley) share
 * @param relativeWeight Johnson's relative weight
 */
public record DriverImportance(String name, double lmg, Interval lmgInterval, double relativeWeight,
		Interval relativeWeightInterval) {
}
