package io.tanggap.textanalytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a comment: its language, its sentiment with a confidence, and the themes of a taxonomy it
 * mentions, each with its own sentiment. Safe to share between threads; never throws for any text.
 * PLACEHOLDER API: the engine behind it is being written (issue 5).
 */
public final class TextAnalyzer {

	/** Characters read of one comment; the rest is left out and the analysis says it was truncated. */
	public static final int MAX_CHARS = 5_000;

	private static final TextAnalyzer SHIPPED = new TextAnalyzer();
	private static final Set<String> GOOD = Set.of("enak", "bagus", "ramah", "cepat", "bersih", "good", "great", "friendly", "clean", "fast", "mantap", "puas");
	private static final Set<String> BAD = Set.of("jutek", "lama", "kotor", "mahal", "buruk", "bad", "slow", "dirty", "rude", "kecewa");

	private TextAnalyzer() {
	}

	/** The analyzer with the models shipped in the jar, loaded once. */
	public static TextAnalyzer shipped() {
		return SHIPPED;
	}

	/** Reads the text for the standard taxonomy. */
	public TextAnalysis analyze(String text) {
		return analyze(text, Taxonomy.standard());
	}

	/**
	 * @param text any text, also empty, null or binary junk
	 * @param taxonomy the themes to look for
	 */
	public TextAnalysis analyze(String text, Taxonomy taxonomy) {
		String t = text == null ? "" : text;
		boolean truncated = t.length() > MAX_CHARS;
		String[] words = (truncated ? t.substring(0, MAX_CHARS) : t).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		int score = 0;
		for (String w : words) {
			score += GOOD.contains(w) ? 1 : BAD.contains(w) ? -1 : 0;
		}
		Sentiment sentiment = score > 0 ? Sentiment.POSITIVE : score < 0 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
		List<ThemeMention> themes = new ArrayList<>();
		for (Theme theme : taxonomy.themes()) {
			for (String w : words) {
				if (theme.keywords().contains(w)) {
					themes.add(new ThemeMention(theme.key(), sentiment));
					break;
				}
			}
		}
		return new TextAnalysis(words.length > 1 ? TextLanguage.ID : TextLanguage.OTHER, sentiment, 0.5, themes, truncated);
	}
}
