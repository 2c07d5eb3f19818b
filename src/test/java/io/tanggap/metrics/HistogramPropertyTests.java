package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Properties of histograms and of every standard definition, checked on random answers on each
 * scale the standard definitions measure (0–10, 1–5, 1–7, 1–10, yes/no). The answers range from
 * none, one or two to thousands, from one repeated value to all values, and up to a billion a value
 * for the range checks. Seeded, so a failure repeats; its message names the histogram.
 */
class HistogramPropertyTests {

	private static final int TRIES = 1_000;

	private final SplittableRandom random = new SplittableRandom(20_240_611L);

	private final List<ScoreMetric> metrics = MetricDefinitions.standard().all().stream()
		.filter(ScoreMetric.class::isInstance).map(ScoreMetric.class::cast).toList();

	private final List<Scale> scales = metrics.stream().map(ScoreMetric::scale).distinct().toList();

	@Test
	void addsUpInAnyOrderToTheHistogramOfAllScores() {
		for (Scale scale : scales) {
			for (int i = 0; i < TRIES; i++) {
				int[] a = scores(scale), b = scores(scale), c = scores(scale);
				Histogram x = Histogram.ofScores(scale, a), y = Histogram.ofScores(scale, b), z = Histogram.ofScores(scale, c);
				assertThat(x.plus(y)).isEqualTo(y.plus(x));
				assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
				assertThat(x.plus(y).plus(z)).isEqualTo(Histogram.ofScores(scale, concat(a, b, c)));
				assertThat(x.plus(Histogram.empty(scale))).isEqualTo(x);
				assertThat(x.plus(y).n()).isEqualTo(a.length + b.length);
				assertThat(x.plus(y).minus(y)).isEqualTo(x);
				assertThat(x.plus(y).plus(z).minus(x)).isEqualTo(y.plus(z));
			}
		}
	}

	@Test
	void refusesToTakeAwayWhatIsNotAPart() {
		Histogram one = Histogram.ofScores(Scale.ZERO_TO_TEN, 9);
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> one.minus(Histogram.ofScores(Scale.ZERO_TO_TEN, 8)));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> one.minus(Histogram.ofScores(Scale.ONE_TO_FIVE, 5)));
	}

	@Test
	void countsTheSameWhetherBuiltAtOnceOrOneScoreAtATime() {
		for (Scale scale : scales) {
			for (int i = 0; i < TRIES; i++) {
				int[] scores = scores(scale);
				Histogram atOnce = Histogram.ofScores(scale, scores);
				Histogram oneByOne = Histogram.empty(scale);
				for (int score : scores) {
					oneByOne = oneByOne.plus(score);
				}
				long[] counts = IntStream.rangeClosed(scale.min(), scale.max()).mapToLong(atOnce::count).toArray();
				assertThat(oneByOne).isEqualTo(atOnce).isEqualTo(Histogram.ofCounts(scale, counts));
				assertThat(Arrays.stream(counts).sum()).isEqualTo(atOnce.n()).isEqualTo(scores.length);
			}
		}
	}

	/** Figures are records, so equal figures have the same key, n, value, SE, interval and low-n flag, to the bit. */
	@Test
	void measuresTheSumOfTwoHistogramsAsItMeasuresAllTheirScores() {
		for (ScoreMetric metric : metrics) {
			for (int i = 0; i < TRIES; i++) {
				int[] a = scores(metric.scale()), b = scores(metric.scale());
				Figure ofSum = metric.measure(Histogram.ofScores(metric.scale(), a).plus(Histogram.ofScores(metric.scale(), b)));
				Figure ofAll = metric.measure(Histogram.ofScores(metric.scale(), concat(a, b)));
				assertThat(ofSum).isEqualTo(ofAll);
				assertThat(ofSum.n()).isEqualTo(a.length + b.length);
			}
		}
	}

	@Test
	void agreesWithTheFigureWorkedOutFromTheScoresThemselves() {
		for (ScoreMetric metric : metrics) {
			for (int i = 0; i < TRIES; i++) {
				int[] scores = scores(metric.scale());
				Figure figure = metric.measure(Histogram.ofScores(metric.scale(), scores));
				assertThat(figure.n()).isEqualTo(scores.length);
				assertThat(figure.hasAnswers()).isEqualTo(scores.length > 0);
				if (scores.length > 0) {
					assertThat(figure.estimate().orElseThrow().value()).as("%s of %s", metric.key(), Arrays.toString(scores))
						.isCloseTo(direct(metric, scores), within(1e-9));
				}
			}
		}
	}

	@Test
	void keepsNpsAndItsIntervalWithinMinusHundredToHundred() {
		ScoreMetric nps = new NetPromoterScore();
		for (int i = 0; i < 10 * TRIES; i++) {
			assertWithin(nps, histogram(nps.scale()), -100, 100);
		}
	}

	@Test
	void keepsEveryShareAndItsIntervalWithinZeroToHundred() {
		for (ScoreMetric share : metrics.stream().filter(ShareOfScores.class::isInstance).toList()) {
			for (int i = 0; i < TRIES; i++) {
				assertWithin(share, histogram(share.scale()), 0, 100);
			}
		}
	}

	@Test
	void keepsEveryMeanAndItsIntervalWithinTheScale() {
		for (ScoreMetric mean : metrics.stream().filter(MeanScore.class::isInstance).toList()) {
			for (int i = 0; i < TRIES; i++) {
				Histogram answers = histogram(mean.scale());
				assertWithin(mean, answers, mean.scale().min(), mean.scale().max());
				mean.measure(answers).estimate().ifPresent(estimate -> assertThat(Double.isInfinite(estimate.standardError()))
					.as("%s: infinite SE only for one answer", answers).isEqualTo(answers.n() == 1));
			}
		}
	}

	/** Value and interval inside min..max, the value inside its interval, the SE never NaN or negative. */
	private static void assertWithin(ScoreMetric metric, Histogram answers, double min, double max) {
		Figure figure = metric.measure(answers);
		assertThat(figure.hasAnswers()).as("%s of %s", metric.key(), answers).isEqualTo(answers.n() > 0);
		figure.estimate().ifPresent(estimate -> {
			String context = metric.key() + " of " + answers + ": " + estimate;
			assertThat(estimate.value()).as(context).isBetween(min, max);
			assertThat(estimate.low()).as(context).isBetween(min, estimate.value());
			assertThat(estimate.high()).as(context).isBetween(estimate.value(), max);
			assertThat(estimate.standardError()).as(context).isNotNaN().isGreaterThanOrEqualTo(0);
		});
	}

	/** The figure from the raw scores, without a histogram: shares and NPS by counting, means by summing. */
	private static double direct(ScoreMetric metric, int[] scores) {
		if (metric instanceof NetPromoterScore) {
			long promoters = IntStream.of(scores).filter(score -> score >= 9).count();
			long detractors = IntStream.of(scores).filter(score -> score <= 6).count();
			return 100.0 * (promoters - detractors) / scores.length;
		}
		if (metric instanceof ShareOfScores share) {
			return 100.0 * IntStream.of(scores).filter(share.counted()::contains).count() / scores.length;
		}
		return IntStream.of(scores).average().orElseThrow();
	}

	/** Random scores: often none, one or two; otherwise up to 2,000 of one value, two values, or any mix. */
	private int[] scores(Scale scale) {
		int n = switch (random.nextInt(8)) {
			case 0 -> 0;
			case 1 -> 1;
			case 2 -> 2;
			default -> random.nextInt(random.nextBoolean() ? 50 : 2_000) + 1;
		};
		double[] weights = weights(scale);
		return IntStream.range(0, n).map(i -> scale.min() + draw(weights)).toArray();
	}

	/** A random histogram from counts, some of them up to a billion, to reach the sizes of a big workspace. */
	private Histogram histogram(Scale scale) {
		if (random.nextInt(4) > 0) {
			return Histogram.ofScores(scale, scores(scale));
		}
		double[] weights = weights(scale);
		long total = random.nextLong(1, 1_000_000_001L);
		return Histogram.ofCounts(scale, Arrays.stream(weights).mapToLong(weight -> Math.round(weight * total)).toArray());
	}

	/** Weights of the values: all on one value, split over two, or a random mix with some values unused. */
	private double[] weights(Scale scale) {
		double[] weights = new double[scale.size()];
		switch (random.nextInt(4)) {
			case 0 -> weights[random.nextInt(weights.length)] = 1;
			case 1 -> {
				weights[random.nextInt(weights.length)] += random.nextDouble();
				weights[random.nextInt(weights.length)] += random.nextDouble();
			}
			default -> Arrays.setAll(weights, i -> random.nextInt(3) == 0 ? 0 : Math.pow(random.nextDouble(), 3));
		}
		double sum = Arrays.stream(weights).sum();
		if (sum == 0) {
			weights[random.nextInt(weights.length)] = sum = 1;
		}
		double total = sum;
		return Arrays.stream(weights).map(weight -> weight / total).toArray();
	}

	/** @return the index of a value drawn with these weights, which sum to 1 */
	private int draw(double[] weights) {
		double u = random.nextDouble();
		int index = 0;
		while (index < weights.length - 1 && (u -= weights[index]) >= 0) {
			index++;
		}
		return index;
	}

	private static int[] concat(int[]... parts) {
		return Arrays.stream(parts).flatMapToInt(IntStream::of).toArray();
	}
}
