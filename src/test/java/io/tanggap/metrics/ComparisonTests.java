package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Comparing two figures and adjusting many p-values. Cross-checked in R 4:
 * <pre>
 * p1 &lt;- .8; p2 &lt;- .6; se &lt;- 100*sqrt(p1*(1-p1)/100 + p2*(1-p2)/100)   # 6.324555; z = -3.162278; 2*pnorm(-3.162278) = 0.001565402
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
		// 80 % → 60 % of 100 each: SE = 100·√(0.8·0.2/100 + 0.6·0.4/100) = √(16 + 24) = 6.3246,
		// z = −20/6.3246 = −3.1623, p = 2·Φ(−3.1623) = 0.00157.
		Comparison drop = Comparison.between(yes(80, 100), yes(60, 100)).orElseThrow();
		assertThat(drop.difference()).isCloseTo(-20, within(1e-9));
		assertThat(drop.standardError()).isCloseTo(6.3246, within(1e-4));
		assertThat(drop.z()).isCloseTo(-3.1623, within(1e-4));
		assertThat(drop.pValue()).isCloseTo(0.001565, within(1e-6));
		assertThat(drop.high()).isCloseTo(-20 + 1.96 * 6.3246, within(1e-3));
		assertThat(drop.significant()).isTrue();
	}

	@Test
	void findsASmallChangeNotSignificant() {
		// 80 % → 75 %: SE = √(16 + 18.75) = 5.8949, z = −0.8482, p = 0.3963; the interval spans 0.
		Comparison change = Comparison.between(yes(80, 100), yes(75, 100)).orElseThrow();
		assertThat(change.pValue()).isCloseTo(0.3963, within(1e-4));
		assertThat(change.low()).isNegative();
		assertThat(change.high()).isPositive();
		assertThat(change.significant()).isFalse();
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
