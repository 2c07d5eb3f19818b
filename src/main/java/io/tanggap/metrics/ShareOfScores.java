package io.tanggap.metrics;

import java.util.Set;
import java.util.TreeSet;

/**
 * The share of answers that gave one of a set of values, in percent, with Wilson's 95 % interval:
 * CSAT top-2-box and top-box, CES share agreeing, the share of yes. The standard error, used when
 * two shares are compared, is Agresti and Caffo's: with one answer added to those counted and one
 * to the others, p' = (x + 1)/(n + 2) and SE = √(p'(1 − p')/(n + 2)) ("Simple and effective
 * confidence intervals for proportions and differences of proportions result from adding two
 * successes and two failures", The American Statistician 54(4), 2000, 280–288). Unlike
 * √(p(1 − p)/n) it is not zero for a share of 0 or 100 %, so that two shares of a few answers that
 * all agree are not called different with certainty. The factory methods hold the default sets; a
 * workspace that counts differently builds its own instance with another set.
 */
public record ShareOfScores(String key, String description, Scale scale, Set<Integer> counted, int lowNBelow)
		implements ScoreMetric {

	public ShareOfScores {
		counted = Set.copyOf(new TreeSet<>(counted));
		if (counted.isEmpty() || !counted.stream().allMatch(scale::contains)) {
			throw new IllegalArgumentException(key + " must count values of " + scale + ", not " + counted);
		}
	}

	/**
	 * CSAT top-2-box: 1–5 counts {4, 5}, 1–7 counts {6, 7}, 1–10 counts {9, 10} (the two highest values).
	 * @throws IllegalArgumentException for another scale (build an instance with its own set)
	 */
	public static ShareOfScores csatTopTwoBox(Scale scale) {
		return csat(scale, "top2", "top-2-box", Set.of(scale.max() - 1, scale.max()));
	}

	/** CSAT top-box: 1–5 counts {5}, 1–7 counts {7}, 1–10 counts {10} (the highest value). */
	public static ShareOfScores csatTopBox(Scale scale) {
		return csat(scale, "top_box", "top-box", Set.of(scale.max()));
	}

	/** CSAT of a yes/no question: the share of yes (1 on {@link Scale#YES_NO}). */
	public static ShareOfScores shareOfYes() {
		return new ShareOfScores("csat_yes", "CSAT yes/no: % answering yes", Scale.YES_NO, Set.of(1),
				DEFAULT_LOW_N_BELOW);
	}

	/** CES share agreeing: % answering 5, 6 or 7 of 1–7 ("somewhat agree" or stronger). */
	public static ShareOfScores cesAgreeing() {
		return new ShareOfScores("ces7_agree", "CES share agreeing: % answering 5–7 of 1–7", Scale.ONE_TO_SEVEN,
				Set.of(5, 6, 7), DEFAULT_LOW_N_BELOW);
	}

	private static ShareOfScores csat(Scale scale, String suffix, String name, Set<Integer> counted) {
		if (scale.min() != 1 || !Set.of(5, 7, 10).contains(scale.max())) {
			throw new IllegalArgumentException("No default CSAT " + name + " for the scale " + scale);
		}
		String values = new TreeSet<>(counted).toString().replaceAll("[\\[\\]]", "").replace(", ", " or ");
		return new ShareOfScores("csat" + scale.max() + "_" + suffix,
				"CSAT " + name + ": % answering " + values + " of 1–" + scale.max(), scale, counted, DEFAULT_LOW_N_BELOW);
	}

	/** @return the same definition with another low-n threshold */
	public ShareOfScores withLowNBelow(int threshold) {
		return new ShareOfScores(key, description, scale, counted, threshold);
	}

	@Override
	public Figure measure(Histogram answers) {
		requireScale(answers);
		long n = answers.n();
		if (n == 0) {
			return Figure.noAnswers(this, Unit.PERCENT);
		}
		long hits = answers.count(counted);
		double p = (double) hits / n;
		double[] interval = Intervals.wilson(hits, n);
		double adjusted = (hits + 1.0) / (n + 2);
		return Figure.of(this, Unit.PERCENT, n, new Estimate(100 * p,
				100 * Math.sqrt(adjusted * (1 - adjusted) / (n + 2)), 100 * interval[0], 100 * interval[1]), lowNBelow);
	}

	/**
	 * @param value a share of n answers, in percent
	 * @return Agresti and Caffo's adjusted share (x + 1)/(n + 2), in percent: what a comparison of
	 *         two shares is centred on
	 */
	static double adjustedValue(double value, long n) {
		return (value * n + 100) / (n + 2);
	}
}
