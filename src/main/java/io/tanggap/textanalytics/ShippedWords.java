package io.tanggap.textanalytics;

/**
 * The shipped lexicon and the normaliser built on it, loaded once on first use and shared by the
 * shipped analyzer and every taxonomy's keyword matcher.
 */
final class ShippedWords {

	static final Lexicon LEXICON = Lexicon.shipped();
	static final Normalizer NORMALIZER = new Normalizer(LEXICON);

	private ShippedWords() {
	}
}
