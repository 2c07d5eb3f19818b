package io.tanggap.metrics;

import java.util.Locale;

/** What a figure's value counts in, and how many decimals it is written with. */
public enum Unit {

	/** NPS points, −100..100; two decimals. */
	POINTS(2),
	/** A share of answers in percent, 0..100; two decimals. */
	PERCENT(2),
	/** A mean score on the question's scale; three decimals. */
	SCORE(3);

	private final int decimals;

	Unit(int decimals) {
		this.decimals = decimals;
	}

	/** @return the value with a dot as decimal separator, never "-0.00" */
	public String format(double value) {
		String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
		return text.matches("-0\\.0*") ? text.substring(1) : text;
	}
}
