package io.tanggap.metrics;

/**
 * The whole-number values an answer may take, {@code min..max} inclusive. A yes/no question is the
 * scale 0..1 with 1 for yes.
 */
public record Scale(int min, int max) {

	/** The 0–10 scale of the NPS question. */
	public static final Scale ZERO_TO_TEN = new Scale(0, 10);
	public static final Scale ONE_TO_FIVE = new Scale(1, 5);
	public static final Scale ONE_TO_SEVEN = new Scale(1, 7);
	public static final Scale ONE_TO_TEN = new Scale(1, 10);
	/** No is 0, yes is 1. */
	public static final Scale YES_NO = new Scale(0, 1);

	public Scale {
		if (max <= min) {
			throw new IllegalArgumentException("A scale needs max > min, not " + min + ".." + max);
		}
	}

	public boolean contains(int value) {
		return value >= min && value <= max;
	}

	/** @return the number of values on the scale */
	public int size() {
		return max - min + 1;
	}

	@Override
	public String toString() {
		return min + ".." + max;
	}
}
