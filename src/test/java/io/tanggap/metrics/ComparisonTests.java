package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Comparing two figures and adjusting many p-values. Cross-checked in R 4; ac() is Agresti and
 * Caffo's interval for a difference of shares (as PropCIs::wald2ci(..., adjust = "AC") computes it),
 * aw() Rocks's adjusted Wald NPS of (detractors, passives, promoters):
 * <pre>
 * ac &lt;- function(x1, n1, x2, n2) { a &lt;- (x1+1)/(n1+2); b &lt;- (x2+1)/(n2+2)
 *   se &lt;- sqrt(a*(1-a)/(n1+2) + b*(1-b)/(n2+2)); c(100*se, 100*(b - a + c(-1, 1)*qnorm(.975)*se), 2*pnorm(-abs(b - a)/se)) }
 * ac(80, 100, 60, 100)   # 6.292566 -31.941045 -7.274641 0.001833017 (z = -3.116033)
 * ac(80, 100, 75, 100)   # 5.886356 -16.439007  6.635086 0.404976
 * ac(0, 1, 1, 1)         # 38.490018 -42.105716 108.772382 0.3864762
 * aw &lt;- function(D, Pa, P) { m &lt;- D+Pa+P+3; p &lt;- (P+.75)/m; d &lt;- (D+.75)/m
 *   c(100*(p-d), 100*sqrt((p+d-(p-d)^2)/m)) }
 * x &lt;- aw(0, 0, 1); y &lt;- aw(1, 0, 0); se &lt;- sqrt(x[2]^2 + y[2]^2)
 * c(se, 2*pnorm(-abs(y[1]-x[1])/se))                                   # 53.033009 0.3457786
 * same &lt;- function(n) { q &lt;- 1-.05^(1/n); se &lt;- q*6/(2*qnorm(.975)); 2*pnorm(-1/sqrt(2*se^2)) }
 * same(2); same(40)                                                    # 7s vs 6s on 1–7: 0.5518314 1.531394e-10
 * p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm")                          # 0.03 0.06 0.06 0.02
 * p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH")                            # 0.02 0.04 0.04 0.02
 * </pre>
 */
class ComparisonTests {

	private final ShareOfScores share = ShareOfScores.shareOfYes();

	private Figure yes(long yes, long n) {
		return share.measure(Histogram.ofCounts(Scale.YES_NO, n - yes, yes));
	}

	@Test
	void findsADropSignificant() {
		// 80 % → 60 % of 100 each, by Agresti and Caffo: 81/102 → 61/102, a drop of 19.608 points,
		// SE = 100·√(0.79412·0.20588/102 + 0.59804·0.40196/102) = 6.2926, z = −3.1160, p = 0.001833.
		Comparison drop = Comparison.between(yes(80, 100), yes(60, 100)).orElseThrow();
		assertThat(drop.difference()).isCloseTo(-20, within(1e-9));
		assertThat(drop.standardError()).isCloseTo(6.292566, within(1e-6));
		assertThat(drop.z()).isCloseTo(-3.116033, within(1e-6));
		assertThat(drop.pValue()).isCloseTo(0.001833017, within(1e-9));
		assertThat(drop.low()).isCloseTo(-31.941045, within(1e-6));
		assertThat(drop.high()).isCloseTo(-7.274641, within(1e-6));
		assertThat(drop.significant()).isTrue();
	}

	@Test
	void findsASmallChangeNotSignificant() {
		// 80 % → 75 %: SE = 5.8864, p = 0.4050; the interval spans 0.
		Comparison change = Comparison.between(yes(80, 100), yes(75, 100)).orElseThrow();
		assertThat(change.pValue()).isCloseTo(0.404976, within(1e-6));
		assertThat(change.low()).isCloseTo(-16.439007, within(1e-6));
		assertThat(change.high()).isCloseTo(6.635086, within(1e-6));
		assertThat(change.significant()).isFalse();
	}

	@Test
	void findsNoCertaintyInSingleAnswers() {
		// One yes against one no: SE 38.49 instead of 0, p = 0.386.
		Comparison shares = Comparison.between(yes(0, 1), yes(1, 1)).orElseThrow();
		assertThat(shares.difference()).isEqualTo(100);
		assertThat(shares.standardError()).isCloseTo(38.490018, within(1e-6));
		assertThat(shares.pValue()).isCloseTo(0.3864762, within(1e-7));
		assertThat(shares.low()).isCloseTo(-42.105716, within(1e-6));
		// NPS of one 10, then one 0: 200 points apart, the adjusted centres 50, SE 53.03, p = 0.346.
		NetPromoterScore nps = new NetPromoterScore();
		Comparison promoterToDetractor = Comparison.between(nps.measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 10)),
				nps.measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 0))).orElseThrow();
		assertThat(promoterToDetractor.difference()).isEqualTo(-200);
		assertThat(promoterToDetractor.standardError()).isCloseTo(53.033009, within(1e-6));
		assertThat(promoterToDetractor.pValue()).isCloseTo(0.3457786, within(1e-7));
		assertThat(promoterToDetractor.significant()).isFalse();
		// Passives only (7 and 8, then 8 and 7): no change, and no zero SE.
		Comparison passives = Comparison.between(nps.measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 7, 8)),
				nps.measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 8, 7))).orElseThrow();
		assertThat(passives.standardError()).isPositive();
		assertThat(passives.pValue()).isEqualTo(1);
	}

	@Test
	void weighsHowManyAnswersAgreeWhenMeansHaveNoSpread() {
		MeanScore ces = MeanScore.cesMean();
		Comparison two = Comparison.between(ces.measure(Histogram.ofScores(Scale.ONE_TO_SEVEN, 7, 7)),
				ces.measure(Histogram.ofScores(Scale.ONE_TO_SEVEN, 6, 6))).orElseThrow();
		assertThat(two.difference()).isEqualTo(-1);
		assertThat(two.pValue()).isCloseTo(0.5518314, within(1e-7));
		Comparison forty = Comparison.between(ces.measure(Histogram.ofCounts(Scale.ONE_TO_SEVEN, 0, 0, 0, 0, 0, 0, 40)),
				ces.measure(Histogram.ofCounts(Scale.ONE_TO_SEVEN, 0, 0, 0, 0, 0, 40, 0))).orElseThrow();
		assertThat(forty.pValue()).isCloseTo(1.531e-10, within(1e-12));
		assertThat(forty.significant()).isTrue();
		// One answer has an infinite SE: never significant.
		Comparison one = Comparison.between(ces.measure(Histogram.ofScores(Scale.ONE_TO_SEVEN, 7)),
				ces.measure(Histogram.ofScores(Scale.ONE_TO_SEVEN, 1))).orElseThrow();
		assertThat(one.z()).isZero();
		assertThat(one.pValue()).isEqualTo(1);
	}

	@Test
	void comparesOnlyFiguresWithAnswersOfOneDefinition() {
		assertThat(Comparison.between(yes(0, 0), yes(5, 10))).isEmpty();
		Figure nps = new NetPromoterScore().measure(Histogram.ofScores(Scale.ZERO_TO_TEN, 9));
		assertThatThrownBy(() -> Comparison.between(nps, yes(5, 10))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void adjustsPValuesByHolm() {
		assertThat(PValues.holm(0.01, 0.04, 0.03, 0.005)).containsExactly(new double[] { 0.03, 0.06, 0.06, 0.02 },
				within(1e-12));
	}

	@Test
	void adjustsPValuesByBenjaminiHochberg() {
		assertThat(PValues.benjaminiHochberg(0.01, 0.04, 0.03, 0.005))
			.containsExactly(new double[] { 0.02, 0.04, 0.04, 0.02 }, within(1e-12));
	}

	@Test
	void rejectsAsManyAsBenjaminiAndHochbergsExample() {
		// Benjamini & Hochberg (1995), JRSS B 57:289–300, section 4: of these 15 p-values the
		// step-up procedure at 0.05 rejects 4, Holm's (Bonferroni-type) procedure 3.
		double[] p = { 0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
				0.6528, 0.7590, 1.000 };
		assertThat(java.util.Arrays.stream(PValues.benjaminiHochberg(p)).filter(q -> q <= 0.05).count()).isEqualTo(4);
		assertThat(java.util.Arrays.stream(PValues.holm(p)).filter(q -> q <= 0.05).count()).isEqualTo(3);
		assertThat(PValues.benjaminiHochberg(p)[3]).isCloseTo(0.035625, within(1e-9));
		assertThat(PValues.holm(p)[2]).isCloseTo(0.0247, within(1e-9));
	}
}
