package io.tanggap.textanalytics;

import java.util.List;

/** Measures the analyzer's document sentiment on labelled texts. */
final class SentimentEvaluation {

	private SentimentEvaluation() {
	}

	/** @param language the language every text is read as, null to detect each text's language */
	static Confusion evaluate(TextAnalyzer analyzer, List<LabelledText> texts, TextLanguage language) {
		Confusion confusion = new Confusion();
		for (LabelledText text : texts) {
			confusion.add(text.sentiment(), analyzer.analyze(text.text(), Taxonomy.standard(), language).sentiment());
		}
		return confusion;
	}
}
