package io.tanggap.metrics;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * How many answers gave each value of a scale. Every figure of a score question is a function of
 * these counts, and histograms add up, so a period or segment is the sum of its days' histograms.
 * Immutable; skipped questions are not counted at all.
 */
public final class Histogram {

	private final Scale scale;
	private final long[] counts;

	private Histogram(Scale scale, long[] counts) {
		this.scale = scale;
		this.counts = counts;
	}

	public static Histogram empty(Scale scale) {
		return new Histogram(scale, new long[scale.size()]);
	}

	/** @throws IllegalArgumentException for a score outside the scale */
	public static Histogram ofScores(Scale scale, int... scores) {
		long[] counts = new long[scale.size()];
		for (int score : scores) {
			counts[index(scale, score)]++;
		}
		return new Histogram(scale, counts);
	}

	/**
	 * @param counts the count of each value from {@code scale.min()} up, one per value of the scale
	 * @throws IllegalArgumentException for the wrong number of counts or a negative count
	 */
	public static Histogram ofCounts(Scale scale, long... counts) {
		if (counts.length != scale.size() || Arrays.stream(counts).anyMatch(count -> count < 0)) {
			throw new IllegalArgumentException("Need " + scale.size() + " counts of at least 0 for the scale " + scale
					+ ", not " + Arrays.toString(counts));
		}
		return new Histogram(scale, counts.clone());
	}

	/** @throws IllegalArgumentException for a score outside the scale */
	public Histogram plus(int score) {
		long[] sum = counts.clone();
		sum[index(scale, score)]++;
		return new Histogram(scale, sum);
	}

	/** @throws IllegalArgumentException when the other histogram counts another scale */
	public Histogram plus(Histogram other) {
		if (!scale.equals(other.scale)) {
			throw new IllegalArgumentException("Cannot add a histogram of " + other.scale + " to one of " + scale);
		}
		long[] sum = counts.clone();
		for (int i = 0; i < sum.length; i++) {
			sum[i] += other.counts[i];
		}
		return new Histogram(scale, sum);
	}

	/**
	 * @return this histogram without the answers of a part of it (e.g. all branches but one)
	 * @throws IllegalArgumentException when the other counts another scale or is not a part of this one
	 */
	public Histogram minus(Histogram part) {
		if (!scale.equals(part.scale)) {
			throw new IllegalArgumentException("Cannot take a histogram of " + part.scale + " from one of " + scale);
		}
		long[] rest = counts.clone();
		for (int i = 0; i < rest.length; i++) {
			rest[i] -= part.counts[i];
			if (rest[i] < 0) {
				throw new IllegalArgumentException(part + " is not a part of " + this);
			}
		}
		return new Histogram(scale, rest);
	}

	public Scale scale() {
		return scale;
	}

	/** @return the number of answers */
	public long n() {
		return Arrays.stream(counts).sum();
	}

	/** @return how many answers gave this value; 0 for a value outside the scale */
	public long count(int value) {
		return scale.contains(value) ? counts[value - scale.min()] : 0;
	}

	/** @return how many answers gave any of these values */
	public long count(Set<Integer> values) {
		return values.stream().mapToLong(this::count).sum();
	}

	/** @return the mean score; only for a histogram with answers */
	double mean() {
		return values().mapToDouble(value -> (double) value * count(value)).sum() / n();
	}

	/** @return the sample variance (divisor n − 1); only for at least two answers */
	double sampleVariance() {
		double mean = mean();
		return values().mapToDouble(value -> count(value) * (value - mean) * (value - mean)).sum() / (n() - 1);
	}

	private IntStream values() {
		return IntStream.rangeClosed(scale.min(), scale.max());
	}

	private static int index(Scale scale, int score) {
		if (!scale.contains(score)) {
			throw new IllegalArgumentException("The score " + score + " is outside the scale " + scale);
		}
		return score - scale.min();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Histogram that && scale.equals(that.scale) && Arrays.equals(counts, that.counts);
	}

	@Override
	public int hashCode() {
		return 31 * scale.hashCode() + Arrays.hashCode(counts);
	}

	@Override
	public String toString() {
		return "Histogram " + scale + " " + Arrays.toString(counts);
	}
}
