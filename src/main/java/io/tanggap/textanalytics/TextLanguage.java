package io.tanggap.textanalytics;

/** The language a comment is written in, as far as it can be read. */
public enum TextLanguage {
	/** Bahasa Indonesia, formal or colloquial. */
	ID,
	/** English. */
	EN,
	/** Indonesian and English mixed in one comment, which is normal input. */
	MIXED,
	/** Neither: another language, or too little text to tell. */
	OTHER;

	/** @return the code used in files, JSON and the API: {@code id}, {@code en}, {@code mixed}, {@code other} */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
