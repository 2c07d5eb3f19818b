package io.tanggap.textanalytics;

/**
 * Tells Indonesian from English by their common words (Indonesian: the stopwords-iso list and a
 * few colloquial particles; English: a list of its most frequent words). A comment is
 * {@link TextLanguage#MIXED} when each language has at least a fifth of the words recognised,
 * and {@link TextLanguage#OTHER} when fewer than one word in six is recognised (another
 * language, another script) or there are no words at all. Thread-safe.
 */
final class LanguageDetection {

	/** Recognised words of each language, and all words. */
	record Counts(int indonesian, int english, int words) {

		/** The share of English among the recognised words, 0..1 (0.5 when none are). */
		double englishShare() {
			int known = indonesian + english;
			return known == 0 ? 0.5 : (double) english / known;
		}
	}

	private final Lexicon lexicon;

	LanguageDetection(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	Counts count(Tokens tokens) {
		int id = 0, en = 0, words = 0;
		for (int i = 0; i < tokens.size(); i++) {
			String word = tokens.get(i);
			if (Tokens.isBreak(word) || word == Tokens.GOOD_EMOJI || word == Tokens.BAD_EMOJI) {
				continue;
			}
			words++;
			boolean inId = lexicon.idCommon.contains(word);
			boolean inEn = lexicon.enCommon.contains(word);
			if (inId && !inEn) {
				id++;
			}
			else if (inEn && !inId) {
				en++;
			}
		}
		return new Counts(id, en, words);
	}

	TextLanguage detect(Counts counts) {
		int known = counts.indonesian() + counts.english();
		if (counts.words() == 0 || known == 0 || known * 6 < counts.words()) {
			return TextLanguage.OTHER;
		}
		double english = counts.englishShare();
		if (english >= 0.8) {
			return TextLanguage.EN;
		}
		if (english <= 0.2) {
			return TextLanguage.ID;
		}
		return TextLanguage.MIXED;
	}
}
