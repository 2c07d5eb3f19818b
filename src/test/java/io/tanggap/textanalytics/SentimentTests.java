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
		assertThat(sentiment("pesanan saya nomor 1234 dikirim lewat kurir kemarin")).isEqualTo(Sentiment.NEUTRAL);
		assertThat(sentiment("apakah bisa bayar pakai transfer bank?")).isEqualTo(Sentiment.NEUTRAL);
		assertThat(sentiment("klinik ini ada di lantai dua gedung sebelah bank")).isEqualTo(Sentiment.NEUTRAL);
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
	void readsCommonIndonesianPraiseAndComplaintsOfCustomers() {
		assertThat(sentiment("gak nyesel beli di sini")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("nyesel beli di sini")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("pelayanannya lelet banget")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("harganya worth it, mantul")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("ga worth it sama sekali")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("zonk, barangnya beda sama di foto")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("adminnya cepet tanggap dan solutif")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("bikin bete, chat gak dibales dari kemarin")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("kapok, kemahalan dan porsinya dikit")).isEqualTo(Sentiment.NEGATIVE);
	}

	@Test
	void readsPhrasesOfThreeWordsAsOne() {
		assertThat(sentiment("tidak ada masalah dengan pesanan saya")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("tidak ada keluhan, semuanya lancar")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("sudah seminggu, belum ada kabar")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("Item was out of stock after I paid")).isEqualTo(Sentiment.NEGATIVE);
	}

	@Test
	void turnsAPolarPhraseRoundUnderNegation() {
		assertThat(sentiment("pengirimannya tepat waktu")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("pengirimannya tidak tepat waktu")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("We are not coming back")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("We will definitely come back")).isEqualTo(Sentiment.POSITIVE);
	}

	@Test
	void readsParahAfterAPolarWordAsAnIntensifier() {
		assertThat(sentiment("enak parah! harus coba")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("lemot parah")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("parah, pesanan saya hilang")).isEqualTo(Sentiment.NEGATIVE);
	}

	@Test
	void readsEnglishCustomerComplaintsVaderLacks() {
		assertThat(sentiment("The wait was too long")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("Took forever to get our food")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("Overpriced for what you get")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("Cold food and wrong order")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("Never got a reply to my email")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("Delivery was late again")).isEqualTo(Sentiment.NEGATIVE);
		assertThat(sentiment("Well done team, highly recommend")).isEqualTo(Sentiment.POSITIVE);
		assertThat(sentiment("The room was spotless and the bed was comfy")).isEqualTo(Sentiment.POSITIVE);
	}

	@Test
	void confidenceIsAProbability() {
		for (String text : new String[] { "enak", "tidak enak", "hmm", "the best", "" }) {
			assertThat(confidence(text)).isBetween(1 / 3.0 - 1e-9, 1.0);
		}
	}
}
