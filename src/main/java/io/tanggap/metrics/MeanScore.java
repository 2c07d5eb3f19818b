package io.tanggap.metrics;

/**
 * The mean score of a question (CES 1–7 mean, a mean rating), with Student's t 95 % interval
 * mean ± t(0.975, n − 1)·s/√n, s the sample standard deviation, clipped to the scale.
 * <p>
 * Answers without spread get no t interval, which would be the single point of their value:
 * <ul>
 * <li>One answer says nothing about spread: its interval is the whole scale and its standard error
 * infinite, so that no comparison with it is significant.</li>
 * <li>Two or more answers that all agree on a value v: none of n answers differs from v, so the
 * share of answers that would differ is at most q = 1 − 0.05^(1/n) with 95 % confidence (Clopper
 * and Pearson's one-sided limit for 0 of n, Biometrika 26, 1934; about 3/n, the "rule of three"),
 * and the mean is then at most q of the way from v to either end of the scale: the interval is
 * v − q·(v − min) .. v + q·(max − v), valid whatever the answers' distribution. Its standard error is the
 * one a normal interval of that width would have, q·(max − min)/(2·1.96), so that a comparison of
 * two such figures weighs how many answers agree instead of finding a zero standard error.</li>
 * </ul>
 */
public record MeanScore(String key, String description, Scale scale, int lowNBelow) implements ScoreMetric {

	public static MeanScore cesMean() {
		return new MeanScore("ces7_mean", "CES mean of 1–7 (higher is easier)", Scale.ONE_TO_SEVEN, DEFAULT_LOW_N_BELOW);
	}

	public static MeanScore rating(Scale scale) {
		return new MeanScore("rating" + scale.max() + "_mean", "Mean rating of " + scale.min() + "–" + scale.max(),
				scale, DEFAULT_LOW_N_BELOW);
	}

	/** @return the same definition with another low-n threshold */
	public MeanScore withLowNBelow(int threshold) {
		return new MeanScore(key, description, scale, threshold);
	}

	@Override
	public Figure measure(Histogram answers) {
		requireScale(answers);
		long n = answers.n();
		if (n == 0) {
			return Figure.noAnswers(this, Unit.SCORE);
		}
		double mean = answers.mean();
		if (n == 1) {
			return Figure.of(this, Unit.SCORE, n, new Estimate(mean, Double.POSITIVE_INFINITY, scale.min(), scale.max()),
					lowNBelow);
		}
		if (answers.count((int) Math.round(mean)) == n) {
			double q = 1 - Math.pow(0.05, 1.0 / n);
			return Figure.of(this, Unit.SCORE, n, new Estimate(mean, q * (scale.max() - scale.min()) / (2 * Intervals.Z95),
					mean - q * (mean - scale.min()), mean + q * (scale.max() - mean)), lowNBelow);
		}
		double se = Math.sqrt(answers.sampleVariance() / n);
		double margin = Intervals.t95(n - 1) * se;
		return Figure.of(this, Unit.SCORE, n, new Estimate(mean, se, Intervals.clip(mean - margin, scale.min(),
				scale.max()), Intervals.clip(mean + margin, scale.min(), scale.max())), lowNBelow);
	}
}
