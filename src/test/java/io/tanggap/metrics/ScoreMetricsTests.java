package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The standard definitions on known histograms. Reference values were also checked in R 4; aw() is
 * Rocks's adjusted Wald interval as his R package NPS computes it (nps_test, test = "adjusted.wald",
 * pseudo-observations 0.75, 1.5, 0.75 for detractors, passives, promoters):
 * <pre>
 * aw &lt;- function(D, Pa, P) { m &lt;- D+Pa+P+3; p &lt;- (P+.75)/m; d &lt;- (D+.75)/m
 *   se &lt;- 100*sqrt((p+d-(p-d)^2)/m); c(se, pmin(100, pmax(-100, 100*(p-d) + c(-1, 1)*qnorm(.975)*se))) }
 * aw(10, 15, 25)                                   # 10.715705  7.299491 49.304283
 * aw(0, 1, 9)                                      # 15.893936 38.079227 100
 * aw(0, 0, 1); aw(0, 2, 0)                         # 37.5 -48.498649 98.498649; 24.494897 -48.009117 48.009117
 * prop.test(81, 263, correct=FALSE)$conf.int       # 0.2552885 0.3662096
 * 100*sqrt(1/7*6/7/7)                              # 13.226: Agresti–Caffo SE of 0 yes of 5
 * t.test(c(2,3,3,4,5,5,5,6,7,7))$conf.int          # 3.481791 5.918209
 * q &lt;- 1-.05^(1/2); c(7-q*6, q*6/(2*qnorm(.975)))  # 2.341641 1.188379: 7, 7 on 1–7
 * q &lt;- 1-.05^(1/40); 4 + c(-3, 3)*q               # 3.783527 4.216473: forty 4s on 1–7
 * </pre>
 */
class ScoreMetricsTests {

	private final MetricDefinitions definitions = MetricDefinitions.standard();

	@Test
	void measuresNpsWithTheAdjustedWaldInterval() {
		// 10 detractors (0–6), 15 passives (7–8), 25 promoters (9–10): n = 50, NPS = 100·(25 − 10)/50 = 30.
		// Adjusted: n' = 53, p' = 25.75/53 = 0.48585, d' = 10.75/53 = 0.20283, centre 28.3019 points.
		// SE = 100·√((0.48585 + 0.20283 − 0.28302²)/53) = 100·√(0.60858/53) = 10.7157.
		// 95 %: 28.3019 ± 1.96·10.7157 = 28.3019 ± 21.0024 → 7.2995..49.3043.
		Histogram answers = Histogram.ofCounts(Scale.ZERO_TO_TEN, 2, 0, 0, 3, 0, 2, 3, 7, 8, 10, 15);
		Figure nps = definitions.findScoreMetric("nps").orElseThrow().measure(answers);
		Estimate estimate = nps.estimate().orElseThrow();
		assertThat(nps.n()).isEqualTo(50);
		assertThat(estimate.value()).isCloseTo(30, within(1e-9));
		assertThat(estimate.standardError()).isCloseTo(10.715705, within(1e-6));
		assertThat(estimate.low()).isCloseTo(7.299491, within(1e-6));
		assertThat(estimate.high()).isCloseTo(49.304283, within(1e-6));
		assertThat(nps.lowN()).isFalse();
		assertThat(nps.summary()).isEqualTo("30.00 n=50 ci95=7.30..49.30");
		assertThat(nps.description()).contains("promoters (9–10)", "detractors (0–6)");
	}

	@Test
	void clipsTheNpsIntervalToTheScale() {
		// 9 promoters, 1 passive: NPS 90; n' = 13, p' = 0.75, d' = 0.75/13, centre 69.23,
		// SE = 15.8939, 69.23 + 31.15 > 100.
		Figure nps = new NetPromoterScore().measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 9, 9, 9, 9, 9, 10, 10, 10, 10, 8));
		assertThat(nps.estimate().orElseThrow().value()).isCloseTo(90, within(1e-9));
		assertThat(nps.estimate().orElseThrow().high()).isEqualTo(100);
		assertThat(nps.estimate().orElseThrow().low()).isCloseTo(38.079227, within(1e-6));
	}

	@Test
	void neverCollapsesTheNpsIntervalWhenAllAnswersFallInOneGroup() {
		// One promoter: the adjusted interval is −48.50..98.50, widened to hold the NPS of 100.
		Estimate one = new NetPromoterScore().measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 10)).estimate().orElseThrow();
		assertThat(one.value()).isEqualTo(100);
		assertThat(one.standardError()).isCloseTo(37.5, within(1e-9));
		assertThat(one.low()).isCloseTo(-48.498649, within(1e-6));
		assertThat(one.high()).isEqualTo(100);
		Figure detractor = new NetPromoterScore().measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 0));
		assertThat(detractor.summary()).isEqualTo("-100.00 n=1 ci95=-100.00..48.50");
		// Two passives: NPS 0, n' = 5, p' = d' = 0.15, SE = 100·√(0.3/5) = 24.4949.
		Figure passives = new NetPromoterScore().measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 7, 8));
		assertThat(passives.estimate().orElseThrow().standardError()).isCloseTo(24.494897, within(1e-6));
		assertThat(passives.summary()).isEqualTo("0.00 n=2 ci95=-48.01..48.01");
	}

	@Test
	void givesWilsonsIntervalForAShare() {
		// Newcombe (1998), Statistics in Medicine 17:857–872, table II: 81/263, score method: 0.2553 to 0.3662.
		ShareOfScores yes = ShareOfScores.shareOfYes();
		long[] counts = { 263 - 81, 81 };
		Estimate estimate = yes.measure(Histogram.ofCounts(Scale.YES_NO, counts)).estimate().orElseThrow();
		assertThat(estimate.value()).isCloseTo(100.0 * 81 / 263, within(1e-9));
		assertThat(estimate.low()).isCloseTo(25.53, within(0.005));
		assertThat(estimate.high()).isCloseTo(36.62, within(0.005));
	}

	@Test
	void givesAShareOfNoneOrAllAStandardError() {
		// Agresti–Caffo: 0 of 5 counts as 1 of 7, SE = 100·√((1/7)(6/7)/7) = 13.2260; 5 of 5 the same.
		ShareOfScores yes = ShareOfScores.shareOfYes();
		Estimate none = yes.measure(Histogram.ofCounts(Scale.YES_NO, 5, 0)).estimate().orElseThrow();
		Estimate all = yes.measure(Histogram.ofCounts(Scale.YES_NO, 0, 5)).estimate().orElseThrow();
		assertThat(none.value()).isZero();
		assertThat(none.standardError()).isCloseTo(13.226001, within(1e-6));
		assertThat(all.value()).isEqualTo(100);
		assertThat(all.standardError()).isCloseTo(13.226001, within(1e-6));
		assertThat(none.low()).isZero();
		assertThat(all.high()).isEqualTo(100);
	}

	@Test
	void givesATIntervalForAMean() {
		int[] scores = { 2, 3, 3, 4, 5, 5, 5, 6, 7, 7 };
		double mean = IntStream.of(scores).average().orElseThrow();
		double s = Math.sqrt(IntStream.of(scores).mapToDouble(x -> (x - mean) * (x - mean)).sum() / (scores.length - 1));
		double t9 = 2.262; // Student t, 9 degrees of freedom, 0.975 (printed tables)
		Figure ces = definitions.findScoreMetric("ces7_mean").orElseThrow()
			.measure(Histogram.ofScores(Scale.ONE_TO_SEVEN, scores));
		Estimate estimate = ces.estimate().orElseThrow();
		assertThat(estimate.value()).isCloseTo(4.7, within(1e-9));
		assertThat(estimate.standardError()).isCloseTo(s / Math.sqrt(10), within(1e-9));
		assertThat(estimate.low()).isCloseTo(mean - t9 * s / Math.sqrt(10), within(1e-3));
		assertThat(estimate.high()).isCloseTo(mean + t9 * s / Math.sqrt(10), within(1e-3));
		assertThat(ces.summary()).isEqualTo("4.700 n=10 ci95=3.482..5.918");
	}

	@Test
	void keepsTheDocumentedCsatDefaults() {
		assertThat(ShareOfScores.csatTopTwoBox(Scale.ONE_TO_FIVE).counted()).containsExactlyInAnyOrder(4, 5);
		assertThat(ShareOfScores.csatTopTwoBox(Scale.ONE_TO_SEVEN).counted()).containsExactlyInAnyOrder(6, 7);
		assertThat(ShareOfScores.csatTopTwoBox(Scale.ONE_TO_TEN).counted()).containsExactlyInAnyOrder(9, 10);
		assertThat(ShareOfScores.csatTopBox(Scale.ONE_TO_SEVEN).counted()).containsExactly(7);
		assertThat(ShareOfScores.cesAgreeing().counted()).containsExactlyInAnyOrder(5, 6, 7);
		assertThat(definitions.find("csat5_top2").orElseThrow().description()).contains("4 or 5 of 1–5");
		assertThatThrownBy(() -> ShareOfScores.csatTopTwoBox(Scale.ZERO_TO_TEN)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void countsAnotherSatisfiedSetWhenConfigured() {
		Histogram answers = Histogram.ofScores(Scale.ONE_TO_FIVE, 5, 4, 3, 3, 1);
		MetricDefinitions lenient = definitions.with(new ShareOfScores("csat5_top2", "CSAT: % answering 3–5 of 1–5",
				Scale.ONE_TO_FIVE, Set.of(3, 4, 5), 30));
		assertThat(definitions.findScoreMetric("csat5_top2").orElseThrow().measure(answers).estimate().orElseThrow().value())
			.isCloseTo(40, within(1e-9));
		assertThat(lenient.findScoreMetric("csat5_top2").orElseThrow().measure(answers).estimate().orElseThrow().value())
			.isCloseTo(80, within(1e-9));
		assertThatThrownBy(() -> new ShareOfScores("x", "x", Scale.ONE_TO_FIVE, Set.of(6), 30))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void flagsLowN() {
		ShareOfScores topBox = ShareOfScores.csatTopBox(Scale.ONE_TO_FIVE);
		Histogram twentyNine = Histogram.ofCounts(Scale.ONE_TO_FIVE, 0, 0, 9, 10, 10);
		assertThat(topBox.measure(twentyNine).lowN()).isTrue();
		assertThat(topBox.measure(twentyNine.plus(5)).lowN()).isFalse();
		assertThat(topBox.withLowNBelow(10).measure(twentyNine).lowN()).isFalse();
	}

	@Test
	void saysNoAnswersInsteadOfNaN() {
		for (String key : new String[] { "nps", "csat7_top_box", "ces7_mean" }) {
			ScoreMetric metric = definitions.findScoreMetric(key).orElseThrow();
			Figure figure = metric.measure(Histogram.empty(metric.scale()));
			assertThat(figure.hasAnswers()).isFalse();
			assertThat(figure.n()).isZero();
			assertThat(figure.summary()).isEqualTo("no-answers n=0").doesNotContain("NaN");
		}
	}

	@Test
	void givesOneAnswerTheWholeScale() {
		Figure one = MeanScore.rating(Scale.ONE_TO_FIVE).measure(Histogram.ofScores(Scale.ONE_TO_FIVE, 4));
		assertThat(one.summary()).isEqualTo("4.000 n=1 ci95=1.000..5.000");
	}

	@Test
	void boundsTheMeanOfAnswersThatAllAgree() {
		// 7, 7 on 1–7: none of 2 answers differs, so at most q = 1 − √0.05 = 0.77639 of answers would
		// (95 %); the mean is at least 7 − 6q = 2.3416. SE = 6q/(2·1.96) = 1.18838.
		Figure sevens = MeanScore.cesMean().measure(Histogram.ofScores(Scale.ONE_TO_SEVEN, 7, 7));
		assertThat(sevens.summary()).isEqualTo("7.000 n=2 ci95=2.342..7.000");
		assertThat(sevens.estimate().orElseThrow().standardError()).isCloseTo(1.188379, within(1e-6));
		// Forty answers of 4: q = 1 − 0.05^(1/40) = 0.0721575, 4 ± 3q = 3.783527..4.216473.
		Histogram fours = Histogram.ofCounts(Scale.ONE_TO_SEVEN, 0, 0, 0, 40, 0, 0, 0);
		Estimate estimate = MeanScore.cesMean().measure(fours).estimate().orElseThrow();
		assertThat(estimate.low()).isCloseTo(3.783527, within(1e-6));
		assertThat(estimate.high()).isCloseTo(4.216473, within(1e-6));
	}

	@Test
	void refusesAHistogramOfAnotherScale() {
		assertThatThrownBy(() -> new NetPromoterScore().measure(Histogram.empty(Scale.ONE_TO_TEN)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nps");
	}

	@Test
	void findsDefinitionsByKey() {
		assertThat(definitions.all()).extracting(MetricDefinition::key).contains("nps", "csat5_top2", "csat10_top_box",
				"csat_yes", "ces7_mean", "ces7_agree", "rating5_mean").doesNotHaveDuplicates();
		assertThat(definitions.find("churn")).isEmpty();
	}
}
