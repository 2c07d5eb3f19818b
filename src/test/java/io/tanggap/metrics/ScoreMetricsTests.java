package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The standard definitions on known histograms. Reference values were also checked in R 4:
 * <pre>
 * n &lt;- 50; p &lt;- 25/n; d &lt;- 10/n; se &lt;- 100*sqrt((p+d-(p-d)^2)/n)   # 11.04536; 30 ± qnorm(.975)*se = 8.35149..51.64851
 * prop.test(81, 263, correct=FALSE)$conf.int                          # 0.2552885 0.3662096
 * t.test(c(2,3,3,4,5,5,5,6,7,7))$conf.int                             # 3.481791 5.918209
 * </pre>
 */
class ScoreMetricsTests {

	private final MetricDefinitions definitions = MetricDefinitions.standard();

	@Test
	void measuresNpsWithItsStandardError() {
		// 10 detractors (0–6), 15 passives (7–8), 25 promoters (9–10): n = 50, p = 0.5, d = 0.2.
		// NPS = 100·(0.5 − 0.2) = 30 points.
		// SE = 100·√((0.5 + 0.2 − 0.3²)/50) = 100·√(0.61/50) = 100·√0.0122 = 11.0454.
		// 95 %: 30 ± 1.96·11.0454 = 30 ± 21.649 → 8.351..51.649.
		Histogram answers = Histogram.ofCounts(Scale.ZERO_TO_TEN, 2, 0, 0, 3, 0, 2, 3, 7, 8, 10, 15);
		Figure nps = definitions.findScoreMetric("nps").orElseThrow().measure(answers);
		Estimate estimate = nps.estimate().orElseThrow();
		assertThat(nps.n()).isEqualTo(50);
		assertThat(estimate.value()).isCloseTo(30, within(1e-9));
		assertThat(estimate.standardError()).isCloseTo(11.0454, within(1e-4));
		assertThat(estimate.low()).isCloseTo(8.351, within(1e-3));
		assertThat(estimate.high()).isCloseTo(51.649, within(1e-3));
		assertThat(nps.lowN()).isFalse();
		assertThat(nps.summary()).isEqualTo("30.00 n=50 ci95=8.35..51.65");
		assertThat(nps.description()).contains("promoters (9–10)", "detractors (0–6)");
	}

	@Test
	void clipsTheNpsIntervalToTheScale() {
		// 9 promoters, 1 passive: NPS 90, SE = 100·√((0.9 − 0.81)/10) = 9.487, 90 + 18.59 > 100.
		Figure nps = new NetPromoterScore().measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 9, 9, 9, 9, 9, 10, 10, 10, 10, 8));
		assertThat(nps.estimate().orElseThrow().high()).isEqualTo(100);
		assertThat(nps.estimate().orElseThrow().low()).isCloseTo(90 - 1.96 * 9.4868, within(1e-2));
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
