package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which language a comment is read as. */
class LanguageDetectionTests {

	private final TextAnalyzer analyzer = TextAnalyzer.shipped();

	private TextLanguage language(String text) {
		return analyzer.analyze(text).language();
	}

	@Test
	void recognisesFormalAndColloquialIndonesian() {
		assertThat(language("Pelayanan di cabang ini sangat memuaskan dan tempatnya bersih")).isEqualTo(TextLanguage.ID);
		assertThat(language("gak bakal balik lagi deh, kasirnya jutek banget")).isEqualTo(TextLanguage.ID);
	}

	@Test
	void recognisesEnglish() {
		assertThat(language("The staff were friendly and the coffee was great")).isEqualTo(TextLanguage.EN);
		assertThat(language("never again, worst service I have ever had")).isEqualTo(TextLanguage.EN);
	}

	@Test
	void recognisesIndonesianAndEnglishMixedInOneComment() {
		assertThat(language("Pelayanannya oke sih, but the waiting time was too long banget")).isEqualTo(TextLanguage.MIXED);
	}

	@Test
	void saysOtherForAnotherLanguageOrNothingToTell() {
		assertThat(language("Der Kaffee war ausgezeichnet und günstig")).isEqualTo(TextLanguage.OTHER);
		assertThat(language("服务很好，咖啡很好喝")).isEqualTo(TextLanguage.OTHER);
		assertThat(language("12345")).isEqualTo(TextLanguage.OTHER);
		assertThat(language("")).isEqualTo(TextLanguage.OTHER);
	}

	@Test
	void takesALanguageHint() {
		TextAnalysis analysis = analyzer.analyze("ok", Taxonomy.standard(), TextLanguage.EN);
		assertThat(analysis.language()).isEqualTo(TextLanguage.EN);
	}
}
