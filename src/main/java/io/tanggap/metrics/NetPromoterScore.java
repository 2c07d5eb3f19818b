package io.tanggap.metrics;

import java.util.Set;

/**
 * Net Promoter Score of a 0–10 question: % promoters (9–10) minus % detractors (0–6), in points
 * −100..100; passives (7–8) count in n, skipped questions do not. With p and d the shares of
 * promoters and detractors, SE = 100·√((p + d − (p − d)²)/n) (the variance of a difference of two
 * shares of one multinomial sample), and the 95 % interval is value ± 1.96·SE clipped to −100..100.
 */
public record NetPromoterScore(String key, String description, int lowNBelow) implements ScoreMetric {

	static final Set<Integer> PROMOTERS = Set.of(9, 10);
	static final Set<Integer> DETRACTORS = Set.of(0, 1, 2, 3, 4, 5, 6);

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
		double p = (double) answers.count(PROMOTERS) / n;
		double d = (double) answers.count(DETRACTORS) / n;
		double value = 100 * (p - d);
		double se = 100 * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / n);
		double margin = Intervals.Z95 * se;
		return Figure.of(this, Unit.POINTS, n, new Estimate(value, se, Intervals.clip(value - margin, -100, 100),
				Intervals.clip(value + margin, -100, 100)), lowNBelow);
	}
}
