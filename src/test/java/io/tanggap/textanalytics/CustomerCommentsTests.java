package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The shipped engine on comments unlike its training data: {@code cx-comments.tsv}, 166
 * comments to cafés, clinics, online shops, hotels and internet providers, in formal and
 * colloquial Indonesian, English and both, labelled by hand for Tanggap (see README, "Text
 * analytics"). The floors are below what the engine reads (macro F1 0.89, accuracy 0.93) and
 * above what it read before its lexicons were extended (0.77 and 0.81), so a change that loses
 * the customer words and phrases fails here.
 */
class CustomerCommentsTests {

	private static final Path COMMENTS = Path.of("src/test/resources/textanalytics/cx-comments.tsv");

	@Test
	void readsHandLabelledCustomerCommentsInBothLanguages() throws Exception {
		List<LabelledText> comments = Corpus.read(COMMENTS);
		assertThat(comments).hasSizeGreaterThanOrEqualTo(150);
		Confusion confusion = SentimentEvaluation.evaluate(TextAnalyzer.shipped(), comments, null);
		assertThat(confusion.macroF1()).isGreaterThanOrEqualTo(0.85);
		assertThat(confusion.accuracy()).isGreaterThanOrEqualTo(0.88);
		for (Sentiment sentiment : Sentiment.values()) {
			assertThat(confusion.f1(sentiment)).as(sentiment.label()).isGreaterThanOrEqualTo(0.75);
		}
	}
}
