package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The themes a comment mentions and what it says about each. */
class ThemeTests {

	private final TextAnalyzer analyzer = TextAnalyzer.shipped();

	private List<ThemeMention> themes(String text) {
		return analyzer.analyze(text).themes();
	}

	private List<String> keys(String text) {
		return themes(text).stream().map(ThemeMention::theme).toList();
	}

	@Test
	void givesEachThemeTheSentimentOfItsOwnClause() {
		assertThat(themes("makanannya enak tapi pelayannya jutek dan lama banget")).containsExactly(
				new ThemeMention("product_quality", Sentiment.POSITIVE), new ThemeMention("staff", Sentiment.NEGATIVE),
				new ThemeMention("waiting_time", Sentiment.NEGATIVE));
		assertThat(themes("The food was delicious but the waiter was rude")).containsExactly(
				new ThemeMention("product_quality", Sentiment.POSITIVE), new ThemeMention("staff", Sentiment.NEGATIVE));
	}

	@Test
	void givesAThemeTheSentimentOfACustomerPhrase() {
		assertThat(themes("The wait was too long")).containsExactly(new ThemeMention("waiting_time", Sentiment.NEGATIVE));
		assertThat(themes("makanannya enak, cuma nunggunya kelamaan")).containsExactly(
				new ThemeMention("product_quality", Sentiment.POSITIVE), new ThemeMention("waiting_time", Sentiment.NEGATIVE));
		assertThat(themes("pengirimannya cepet, packing rapi")).contains(new ThemeMention("delivery", Sentiment.POSITIVE));
	}

	@Test
	void splitsClausesAtPunctuation() {
		assertThat(themes("Lantai bersih. Wifi tidak berfungsi, harga murah")).containsExactly(
				new ThemeMention("cleanliness", Sentiment.POSITIVE), new ThemeMention("facilities", Sentiment.NEGATIVE),
				new ThemeMention("price", Sentiment.POSITIVE));
	}

	@Test
	void turnsAThemeSentimentRoundUnderNegation() {
		assertThat(themes("toiletnya kurang bersih")).contains(new ThemeMention("cleanliness", Sentiment.NEGATIVE));
		assertThat(themes("harganya tidak mahal")).containsExactly(new ThemeMention("price", Sentiment.POSITIVE));
	}

	@Test
	void matchesPhrasesAndSuffixedForms() {
		assertThat(keys("the waiting time was long")).containsExactly("waiting_time");
		assertThat(keys("nunggunya lama bgt")).containsExactly("waiting_time");
		assertThat(keys("parkirannya sempit")).contains("location_parking");
		assertThat(keys("pelayanannya oke")).containsExactly("staff");
		assertThat(keys("rooms were dusty")).contains("facilities", "cleanliness");
		assertThat(keys("pengirimannya cepat, kurirnya ramah")).contains("delivery", "staff");
	}

	@Test
	void doesNotReadAWordOfItsOwnAsASuffixedForm() {
		// "pesanan" is an order, not a message ("pesan"); "lamaran" an application, not a long wait.
		assertThat(keys("pesanan saya sudah sampai")).doesNotContain("communication");
		assertThat(keys("pesannya tidak dibalas")).contains("communication");
		assertThat(keys("lamaran saya diterima")).doesNotContain("waiting_time");
	}

	@Test
	void mentionsEachThemeOnceInTheOrderFirstMentioned() {
		assertThat(keys("Harga mahal. Harganya juga naik terus. Kasirnya ramah")).containsExactly("price", "staff");
	}

	@Test
	void findsNoThemeWhereNoneIsMentioned() {
		assertThat(themes("semoga sukses selalu")).isEmpty();
		assertThat(themes("")).isEmpty();
	}

	@Test
	void readsAWorkspacesOwnThemes() {
		Taxonomy own = Taxonomy.of(List.of(new Theme("parking", "Parkir", "Parking", List.of("parkir", "tukang parkir", "parking lot"))));
		TextAnalysis analysis = analyzer.analyze("Tukang parkirnya galak, parkiran sempit. The parking lot is dirty", own);
		assertThat(analysis.themes()).containsExactly(new ThemeMention("parking", Sentiment.NEGATIVE));
	}

	@Test
	void shipsTheElevenDefaultThemesInBothLanguages() {
		assertThat(Taxonomy.standard().themes()).extracting(Theme::key).containsExactly("waiting_time", "staff",
				"product_quality", "price", "cleanliness", "delivery", "payment", "app_website", "facilities",
				"location_parking", "communication");
		assertThat(Taxonomy.standard().themes()).allSatisfy(t -> assertThat(t.keywords()).hasSizeGreaterThan(30));
	}

	@Test
	void rejectsAnEmptyOrRepeatedKeyword() {
		assertThatThrownBy(() -> new Theme("parking", "Parkir", "Parking", List.of("parkir", " ")))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none of them empty");
		assertThatThrownBy(() -> new Theme("parking", "Parkir", "Parking", List.of("parkir", "Parkir")))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
	}
}
