package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whatever the text, the analyzer answers and never throws. */
class BadInputTests {

	private final TextAnalyzer analyzer = TextAnalyzer.shipped();

	@Test
	void readsNothingAsNeutralOther() {
		for (String text : new String[] { null, "", "   \n\t  " }) {
			TextAnalysis analysis = analyzer.analyze(text);
			assertThat(analysis.language()).isEqualTo(TextLanguage.OTHER);
			assertThat(analysis.sentiment()).isEqualTo(Sentiment.NEUTRAL);
			assertThat(analysis.themes()).isEmpty();
			assertThat(analysis.truncated()).isFalse();
		}
	}

	@Test
	void readsEmojiOnlyByTheEmoji() {
		assertThat(analyzer.analyze("😍😍👍").sentiment()).isEqualTo(Sentiment.POSITIVE);
		assertThat(analyzer.analyze("😡😡").sentiment()).isEqualTo(Sentiment.NEGATIVE);
	}

	@Test
	void readsTheBeginningOfAHugePasteAndSaysSo() {
		String paste = "pelayanannya jutek dan lama banget. ".repeat(30_000);
		TextAnalysis analysis = analyzer.analyze(paste);
		assertThat(analysis.truncated()).isTrue();
		assertThat(analysis.sentiment()).isEqualTo(Sentiment.NEGATIVE);
		assertThat(analysis.themes()).extracting(ThemeMention::theme).contains("staff", "waiting_time");
		assertThat(analyzer.analyze("a".repeat(TextAnalyzer.MAX_CHARS)).truncated()).isFalse();
	}

	@Test
	void doesNotSplitASurrogatePairAtTheLimit() {
		String text = "x".repeat(TextAnalyzer.MAX_CHARS - 1) + "😀" + "tail";
		assertThat(analyzer.analyze(text).truncated()).isTrue();
	}

	@Test
	void survivesBinaryJunkControlCharactersAndUnpairedSurrogates() {
		Random random = new Random(7);
		for (int round = 0; round < 200; round++) {
			char[] junk = new char[random.nextInt(400)];
			for (int i = 0; i < junk.length; i++) {
				junk[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
			}
			TextAnalysis analysis = analyzer.analyze(new String(junk));
			assertThat(analysis.confidence()).isBetween(0.0, 1.0);
		}
		assertThat(analyzer.analyze("\uD800\uD800 enak \uDC00\u0000\u001b[31m").sentiment()).isEqualTo(Sentiment.POSITIVE);
	}

	@Test
	void readsHtmlAndScriptAsText() {
		TextAnalysis analysis = analyzer.analyze("<b>Pelayanan</b> <script>alert('buruk')</script> sangat buruk");
		assertThat(analysis.sentiment()).isEqualTo(Sentiment.NEGATIVE);
		assertThat(analysis.themes()).extracting(ThemeMention::theme).containsExactly("staff");
	}

	@Test
	void readsAnotherLanguageAsOtherWithWhatItCanRead() {
		TextAnalysis analysis = analyzer.analyze("La comida estuvo deliciosa 😍");
		assertThat(analysis.language()).isEqualTo(TextLanguage.OTHER);
		assertThat(analysis.sentiment()).isEqualTo(Sentiment.POSITIVE);
	}
}
