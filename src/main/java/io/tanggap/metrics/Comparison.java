package io.tanggap.metrics;

import java.util.Optional;

/**
 * The change from one figure to another of the same definition (two periods or two segments),
 * tested with both variances: SE = √(SE₁² + SE₂²), z = difference / SE, two-sided p-value from the
 * normal distribution, 95 % interval difference ± 1.96·SE. A dashboard says "significant" only
 * when {@link #significant()}; with many comparisons at once adjust the p-values first
 * ({@link PValues}).
 *
 * @param difference the second figure's value minus the first's, in their unit
 * @param z infinite when neither figure has any spread and they differ
 */
public record Comparison(String key, Unit unit, double difference, double standardError, double low, double high,
		double z, double pValue) {

	/**
	 * @return the comparison, or empty when either figure has no answers
	 * @throws IllegalArgumentException for figures of different definitions
	 */
	public static Optional<Comparison> between(Figure first, Figure second) {
		if (!first.key().equals(second.key())) {
			throw new IllegalArgumentException("Cannot compare " + first.key() + " with " + second.key());
		}
		if (!first.hasAnswers() || !second.hasAnswers()) {
			return Optional.empty();
		}
		Estimate a = first.estimate().orElseThrow();
		Estimate b = second.estimate().orElseThrow();
		double difference = b.value() - a.value();
		double se = Math.sqrt(a.standardError() * a.standardError() + b.standardError() * b.standardError());
		double z = se == 0 ? (difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference))
				: Double.isInfinite(se) ? 0 : difference / se;
		return Optional.of(new Comparison(first.key(), first.unit(), difference, se, difference - Intervals.Z95 * se,
				difference + Intervals.Z95 * se, z, Intervals.twoSidedP(z)));
	}

	/** @return whether the change is significant at the 5 % level */
	public boolean significant() {
		return pValue < 0.05;
	}
}
