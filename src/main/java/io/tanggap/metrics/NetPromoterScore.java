package io.tanggap.metrics;

import java.util.Set;

/**
 * Net Promoter Score of a 0–10 question: % promoters (9–10) minus % detractors (0–6), in points
 * −100..100; passives (7–8) count in n, skipped questions do not.
 * <p>
 * The 95 % interval is Rocks's adjusted Wald interval (B. Rocks, "Interval Estimation for the 'Net
 * Promoter Score'", The American Statistician 70(4), 2016, arXiv:1601.07235; the pseudo-answers are
 * the defaults of his R package {@code NPS}, {@code nps_test(test = "adjusted.wald")}): add ¾ of an
 * answer to the detractors, 1½ to the passives and ¾ to the promoters, so n' = n + 3, and with p'
 * and d' the adjusted shares of promoters and detractors the interval is
 * 100·(p' − d') ± 1.96·SE, SE = 100·√((p' + d' − (p' − d')²)/n'), clipped to −100..100. The plain
 * Wald interval around the plain score covers less than 95 % at small n and collapses to a point
 * when every answer falls in one group; this one does neither. The reported value stays the plain
 * score, and the standard error is the adjusted one, never zero, so that a comparison of a few
 * answers that agree is not called certain. Only one answer of 9–10 (or 0–6) falls outside its own
 * interval (−48.5..98.5); the interval is widened to hold the reported value.
 */
public record NetPromoterScore(String key, String description, int lowNBelow) implements ScoreMetric {

	static final Set<Integer> PROMOTERS = Set.of(9, 10);
	static final Set<Integer> DETRACTORS = Set.of(0, 1, 2, 3, 4, 5, 6);

	/** Pseudo-answers added to promoters and to detractors each; the passives get twice as many. */
	private static final double ADDED_TO_EACH_END = 0.75;
	private static final double ADDED_IN_ALL = 3;

	public NetPromoterScore() {
		this("nps", "Net Promoter Score: % promoters (9–10) − % detractors (0–6) of 0–10, points −100..100",
				DEFAULT_LOW_N_BELOW);
	}

	@Override
	public Scale scale() {
		return Scale.ZERO_TO_TEN;
	}

	@Override
	public Figure measure(Histogram answers) {
		requireScale(answers);
		long n = answers.n();
		if (n == 0) {
			return Figure.noAnswers(this, Unit.POINTS);
		}
		long promoters = answers.count(PROMOTERS);
		long detractors = answers.count(DETRACTORS);
		double value = 100.0 * (promoters - detractors) / n;
		double adjustedN = n + ADDED_IN_ALL;
		double p = (promoters + ADDED_TO_EACH_END) / adjustedN;
		double d = (detractors + ADDED_TO_EACH_END) / adjustedN;
		double centre = 100 * (p - d);
		double se = 100 * Math.sqrt((p + d - (p - d) * (p - d)) / adjustedN);
		double margin = Intervals.Z95 * se;
		return Figure.of(this, Unit.POINTS, n, new Estimate(value, se,
				Math.min(value, Intervals.clip(centre - margin, -100, 100)),
				Math.max(value, Intervals.clip(centre + margin, -100, 100))), lowNBelow);
	}

	/**
	 * @param value a plain NPS of n answers
	 * @return the centre of its adjusted interval, 100·(p' − d'): the pseudo-answers of the two ends
	 *         cancel, so it is the value shrunk by n/(n + 3)
	 */
	static double adjustedValue(double value, long n) {
		return value * n / (n + ADDED_IN_ALL);
	}
}
