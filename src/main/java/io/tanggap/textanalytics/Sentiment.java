package io.tanggap.textanalytics;

/** The polarity of a text or of one theme mention. */
public enum Sentiment {
	POSITIVE, NEUTRAL, NEGATIVE;

	/** @return the label used in files, JSON and the API: {@code positive}, {@code neutral}, {@code negative} */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
