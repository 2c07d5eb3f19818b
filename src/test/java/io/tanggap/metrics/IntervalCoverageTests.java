package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whether the 95 % intervals hold the true value 95 % of the time: n answers are drawn from a
 * population whose true figure is known, 20,000 times a case (Monte Carlo SE of a coverage ≈ 0.15
 * points), and the share of intervals holding the truth must lie in 94–96 %. The populations are
 * realistic for CX surveys:
 * <ul>
 * <li>NPS 0–10: 22 % detractors, 28 % passives, 50 % promoters, true NPS +28;</li>
 * <li>CSAT 1–5: 4, 7, 16, 38, 35 % answering 1 to 5, true top-2-box 73 %;</li>
 * <li>CES 1–7: 4, 5, 6, 10, 20, 30, 25 % answering 1 to 7, skewed toward easy, true mean 5.27.</li>
 * </ul>
 * Coverage measured with these seeds, and exact where the sampling distribution can be summed
 * (CES: 200,000 draws instead):
 * <pre>
 *             n = 50                 n = 200                n = 1,000
 * nps         94.47 (exact 94.60)    94.69 (exact 94.96)    94.96 (exact 94.98)
 * csat5_top2  94.40 (exact 94.58)    95.32 (exact 95.39)    94.86 (exact 94.99)
 * ces7_mean   94.51 (94.49)          94.58 (94.91)          95.08 (95.02)
 * </pre>
 * The exact NPS coverage sums the trinomial distribution in R 4 (k = 0.75 pseudo-answers for
 * detractors and promoters, 2k for passives; k = 0 gives the plain Wald interval used before):
 * <pre>
 * cover &lt;- function(n, pd = .22, pp = .50, k = .75) { z &lt;- qnorm(.975); t &lt;- 0
 *   for (D in 0:n) { P &lt;- 0:(n - D)
 *     w &lt;- sapply(P, function(x) dmultinom(c(D, n - D - x, x), prob = c(pd, 1 - pd - pp, pp)))
 *     m &lt;- n + 4*k; p &lt;- (P + k)/m; d &lt;- (D + k)/m; se &lt;- sqrt((p + d - (p - d)^2)/m)
 *     t &lt;- t + sum(w[abs(p - d - (pp - pd)) &lt;= z*se]) }; 100*t }
 * cover(50); cover(200); cover(1000)            # 94.60 94.96 94.98
 * cover(50, k = 0); cover(200, k = 0)           # 94.13 94.75
 * </pre>
 * Two cases need care, and neither is a fault in the code:
 * <ul>
 * <li>The plain Wald interval for NPS (value ± 1.96·SE from the unadjusted shares), used until
 * Rocks's adjusted one replaced it, covered less than 95 % at n = 50 on every realistic population:
 * exactly 94.13 % here (seeded 94.00), 93.2–94.4 % for promoters 30–70 % and detractors 10–40 % in
 * steps of 5 (at n = 20, 90.5–93.8 %). The adjusted interval covers 94.5–95.3 % on the same grid at
 * n = 50 (93.9–96.1 % at n = 20), so every case is now held to 94–96 %.</li>
 * <li>Wilson's coverage at a fixed share swings with n and the share, because the count is
 * discrete. At n = 50 it is exactly 93.2 % for a share of 81 % and 96.9 % for 84 %, and 95.2 % on
 * average over shares of 70–88 %. A top-2-box of 73 % stays within 94.5–95.4 % at all three n.</li>
 * </ul>
 * A more skewed CES population (45 % answering 7) gives the t interval 93.8 % at n = 50 and 94.7 % at
 * n = 200 (200,000 draws each).
 */
class IntervalCoverageTests {

	private static final int REPLICATIONS = 20_000;

	private static final Population NPS_ANSWERS = new Population(Scale.ZERO_TO_TEN, 0.04, 0.01, 0.02, 0.02, 0.02, 0.05,
			0.06, 0.10, 0.18, 0.20, 0.30);
	private static final Population CSAT_ANSWERS = new Population(Scale.ONE_TO_FIVE, 0.04, 0.07, 0.16, 0.38, 0.35);
	private static final Population CES_ANSWERS = new Population(Scale.ONE_TO_SEVEN, 0.04, 0.05, 0.06, 0.10, 0.20, 0.30,
			0.25);

	private final MetricDefinitions definitions = MetricDefinitions.standard();

	static Stream<Arguments> cases() {
		double nps = 100 * (NPS_ANSWERS.share(NetPromoterScore.PROMOTERS) - NPS_ANSWERS.share(NetPromoterScore.DETRACTORS));
		double topTwo = 100 * CSAT_ANSWERS.share(Set.of(4, 5));
		double mean = CES_ANSWERS.mean();
		return Stream.of(arguments("nps", 50, NPS_ANSWERS, nps, 94.0),
				arguments("nps", 200, NPS_ANSWERS, nps, 94.0), arguments("nps", 1_000, NPS_ANSWERS, nps, 94.0),
				arguments("csat5_top2", 50, CSAT_ANSWERS, topTwo, 94.0),
				arguments("csat5_top2", 200, CSAT_ANSWERS, topTwo, 94.0),
				arguments("csat5_top2", 1_000, CSAT_ANSWERS, topTwo, 94.0),
				arguments("ces7_mean", 50, CES_ANSWERS, mean, 94.0), arguments("ces7_mean", 200, CES_ANSWERS, mean, 94.0),
				arguments("ces7_mean", 1_000, CES_ANSWERS, mean, 94.0));
	}

	@ParameterizedTest(name = "{0} at n = {1}")
	@MethodSource("cases")
	void coversTheTrueValueNinetyFivePercentOfTheTime(String key, int n, Population population, double truth,
			double lowestCoverage, TestReporter reporter) {
		ScoreMetric metric = definitions.findScoreMetric(key).orElseThrow();
		SplittableRandom random = new SplittableRandom(20_240_611L + n);
		int covered = 0;
		for (int i = 0; i < REPLICATIONS; i++) {
			Estimate estimate = metric.measure(population.sample(random, n)).estimate().orElseThrow();
			if (estimate.low() <= truth && truth <= estimate.high()) {
				covered++;
			}
		}
		double coverage = 100.0 * covered / REPLICATIONS;
		String measured = String.format(Locale.ROOT, "%s n=%d covers %.4f in %.2f%%", key, n, truth, coverage);
		reporter.publishEntry("coverage", measured);
		assertThat(coverage).as(measured).isBetween(lowestCoverage, 96.0);
	}

	/** Answers to draw from: the probability of each value of the scale, from its min up. */
	record Population(Scale scale, double... probabilities) {

		Population {
			if (probabilities.length != scale.size() || Math.abs(Arrays.stream(probabilities).sum() - 1) > 1e-12) {
				throw new IllegalArgumentException("Need " + scale.size() + " probabilities summing to 1");
			}
		}

		double share(Set<Integer> values) {
			return values.stream().mapToDouble(value -> probabilities[value - scale.min()]).sum();
		}

		double mean() {
			return IntStream.range(0, probabilities.length).mapToDouble(i -> (scale.min() + i) * probabilities[i]).sum();
		}

		Histogram sample(SplittableRandom random, int n) {
			long[] counts = new long[probabilities.length];
			for (int answer = 0; answer < n; answer++) {
				double u = random.nextDouble();
				int index = 0;
				while (index < probabilities.length - 1 && (u -= probabilities[index]) >= 0) {
					index++;
				}
				counts[index]++;
			}
			return Histogram.ofCounts(scale, counts);
		}

		@Override
		public String toString() {
			return scale + " " + Arrays.toString(probabilities);
		}
	}
}
