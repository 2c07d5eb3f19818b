package io.tanggap.textanalytics;

import java.util.List;

/**
 * What one comment says.
 * @param confidence the model's probability of {@code sentiment}, 0..1
 * @param themes the themes mentioned, each once, in the order first mentioned
 * @param truncated true when the text was longer than {@link TextAnalyzer#MAX_CHARS} and only its
 *        beginning was read
 */
public record TextAnalysis(TextLanguage language, Sentiment sentiment, double confidence, List<ThemeMention> themes,
		boolean truncated) {

	public TextAnalysis {
		themes = List.copyOf(themes);
	}
}
