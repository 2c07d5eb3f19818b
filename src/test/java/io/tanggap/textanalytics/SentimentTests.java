package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sentiment of whole comments, in Indonesian, English and both. */
class SentimentTests {

	private final TextAnalyzer analyzer = TextAnalyzer.shipped();

	private Sentiment sentiment(String text) {
		return analyzer.analyze(text).sentiment();
	}

	private double confidence(String text) {
		return analyzer.analyze(text).confidence();
	}

	@Test
	void readsPlainIndonesianPraiseAndComplaint() {
		assertThat(sentiment("makanannya enak dan pelayanannya ramah, saya puas")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("pelayanan buruk, saya sangat kecewa dan tidak akan kembali")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("toko buka jam sembilan pagi sampai jam lima sore")).isEqualTo(Sentiment.NEUTRAL);
	}

	@Test
	void turnsSentimentRoundUnderNegation() {
		assertThat(sentiment("enak")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("tidak enak")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("kamarnya kurang bersih")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("bukan yang terbaik")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("tidak kecewa")).isEqualTo(Sentiment.POSITIVE);
	}

	@Test
	void readsColloquialNegationAndElongationLikeTheProperWords() {
		assertThat(sentiment("gak enak")).isEqualTo(sentiment("tidak enak")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("lumayan, gak jelek")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("mantaaap bangettt")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("pelayanannya lemot bgt")).isEqualTo(Sentiment.NEGATIVE);
	}

	@Test
	void intensifiersMakeTheReadingSurer() {
		assertThat(confidence("sangat enak sekali")).isGreaterThan(confidence("cukup enak"));
		assertThat(confidence("the food was very very good")).isGreaterThan(confidence("the food was good"));
	}

	@Test
	void whatFollowsAContrastWordWeighsMore() {
		assertThat(sentiment("tempatnya bagus tapi pelayanannya sangat mengecewakan")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("agak mahal namun rasanya enak sekali dan porsinya besar")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("The room was nice but the staff were rude and unhelpful")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("A bit pricey, however the food was excellent")).isEqualTo(Sentiment.POSITIVE);
	}

	@Test
	void readsEnglishNegation() {
		assertThat(sentiment("not bad at all")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("not good")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("Never again. Terrible service.")).isEqualTo(Sentiment.NEGATIVE);
	}

	@Test
	void readsCodeMixedComments() {
		assertThat(sentiment("Pelayanannya bad banget, the staff so rude")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("Overall good, tempatnya nyaman and the coffee is great")).isEqualTo(Sentiment.POSITIVE);
	}

	@Test
	void confidenceIsAProbability() {
		for (String text : new String[] { "enak", "tidak enak", "hmm", "the best", "" }) {
			assertThat(confidence(text)).isBetween(1 / 3.0 - 1e-9, 1.0);
		}
	}
}
