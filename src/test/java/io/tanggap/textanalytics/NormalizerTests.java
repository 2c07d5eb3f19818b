package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the normaliser makes of colloquial, elongated and messy text. */
class NormalizerTests {

	private final Normalizer normalizer = ShippedWords.NORMALIZER;

	private String read(String text) {
		return normalizer.tokens(text).toString();
	}

	@Test
	void writesOutColloquialAndAbbreviatedIndonesian() {
		assertThat(read("gak enak bgt yg ini")).isEqualTo("tidak enak banget yang ini");
		assertThat(read("Nggak jelas, udah nunggu lama tp blm dtg")).isEqualTo("tidak jelas , sudah menunggu lama tapi belum datang");
		assertThat(read("tdk ramah dgn pelanggan krn sibuk")).isEqualTo("tidak ramah dengan pelanggan karena sibuk");
	}

	@Test
	void notesExclamations() {
		assertThat(normalizer.tokens("Mantap!!").exclaims()).isTrue();
		assertThat(normalizer.tokens("Apakah buka hari Minggu? Terima kasih.").exclaims()).isFalse();
	}

	@Test
	void squeezesLettersRepeatedForEmphasis() {
		assertThat(read("bagusss mantaaap kereeen")).isEqualTo("bagus mantap keren");
		assertThat(read("sooo goood")).isEqualTo("so good");
		assertThat(read("maaf saat")).as("a doubled letter of the word itself stays").isEqualTo("maaf saat");
	}

	@Test
	void splitsTheSuffixNyaAsTheCorporaWriteIt() {
		assertThat(read("Pelayanannya ramah, makanannya enak, acnya dingin")).isEqualTo("pelayanan nya ramah , makanan nya enak , ac nya dingin");
		assertThat(read("hanya punya satu")).isEqualTo("hanya punya satu");
	}

	@Test
	void readsRepetitionMarksAndEnglishContractions() {
		assertThat(read("hati2 di jalan")).isEqualTo("hati di jalan");
		assertThat(read("It isn't bad, I don't mind")).isEqualTo("it is not bad , i do not mind");
	}

	@Test
	void turnsEmojiAndEmoticonsIntoSentimentCues() {
		assertThat(read("mantap 😍👍")).isEqualTo("mantap emoji_positif emoji_positif");
		assertThat(read("kecewa 😡 :(")).isEqualTo("kecewa emoji_negatif emoji_negatif");
		assertThat(read("oke :)")).isEqualTo("oke emoji_positif");
	}

	@Test
	void readsMarkupAndJunkAsSeparatorsAndBracketsAsCommas() {
		assertThat(read("<script>alert('x')</script> enak")).isEqualTo("script alert , x , script enak");
		assertThat(read("a\u0000b\u0007\uD800c\uDFFFd")).isEqualTo("a b c d");
	}
}
