package io.tanggap.metrics;

import java.util.Optional;

/**
 * The change from one figure to another of the same definition (two periods or two segments),
 * tested with both variances: SE = √(SE₁² + SE₂²), z = difference of the centres / SE, two-sided
 * p-value from the normal distribution, 95 % interval difference of the centres ± 1.96·SE. A
 * dashboard says "significant" only when {@link #significant()}; with many comparisons at once
 * adjust the p-values first ({@link PValues}).
 * <p>
 * The centres and standard errors are the published adjusted ones, which are never zero for a figure
 * with answers, so that a few answers that all agree are not found different with p = 0:
 * <ul>
 * <li>NPS: Rocks's adjusted Wald test, as in his R package {@code NPS}
 * ({@code nps_test(x, y, test = "adjusted.wald")}): each centre is 100·(p' − d') and each SE the
 * adjusted one of {@link NetPromoterScore}.</li>
 * <li>Shares: Agresti and Caffo's interval for a difference of proportions (one answer added to those
 * counted and one to the others in each figure; see {@link ShareOfScores}).</li>
 * <li>Means: the means themselves and their standard errors s/√n ({@link MeanScore} says what a mean
 * of answers without spread has instead).</li>
 * </ul>
 * The adjustment moves an NPS centre from the value toward 0 by 3/(n + 3) of the way, and a share's
 * toward 50 % by 2/(n + 2): a tenth or less from 30 answers on, but much for a handful. Two single
 * NPS answers of 10 and 0 differ by 200 points, their centres by 50 (SE 53, p = 0.35).
 *
 * @param difference the second figure's value minus the first's, in their unit (the plain values, as
 *        shown; {@link #low()}, {@link #high()} and {@link #z()} are built around the centres)
 * @param z zero when either figure's standard error is infinite (a mean of one answer)
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
		double centres = centre(second, b) - centre(first, a);
		double se = Math.sqrt(a.standardError() * a.standardError() + b.standardError() * b.standardError());
		double z = se == 0 ? (centres == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, centres))
				: Double.isInfinite(se) ? 0 : centres / se;
		return Optional.of(new Comparison(first.key(), first.unit(), b.value() - a.value(), se,
				centres - Intervals.Z95 * se, centres + Intervals.Z95 * se, z, Intervals.twoSidedP(z)));
	}

	/** @return where the figure's adjusted interval is centred; each unit is measured by one kind of definition */
	private static double centre(Figure figure, Estimate estimate) {
		return switch (figure.unit()) {
			case POINTS -> NetPromoterScore.adjustedValue(estimate.value(), figure.n());
			case PERCENT -> ShareOfScores.adjustedValue(estimate.value(), figure.n());
			case SCORE -> estimate.value();
		};
	}

	/** @return whether the change is significant at the 5 % level */
	public boolean significant() {
		return pValue < 0.05;
	}
}
