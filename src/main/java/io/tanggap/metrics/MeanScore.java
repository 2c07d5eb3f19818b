package io.tanggap.metrics;

/**
 * The mean score of a question (CES 1–7 mean, a mean rating), with Student's t 95 % interval
 * mean ± t(0.975, n − 1)·s/√n, s the sample standard deviation, clipped to the scale. One answer
 * has no spread: its interval is the whole scale and its standard error infinite.
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
		double se = Math.sqrt(answers.sampleVariance() / n);
		double margin = Intervals.t95(n - 1) * se;
		return Figure.of(this, Unit.SCORE, n, new Estimate(mean, se, Intervals.clip(mean - margin, scale.min(),
				scale.max()), Intervals.clip(mean + margin, scale.min(), scale.max())), lowNBelow);
	}
}
