package io.tanggap.demo;

import java.util.List;
import java.util.Random;

/** Comments as café guests write them: formal and colloquial Indonesian, some English. */
final class DemoComments {

	private static final List<String> PRAISE = List.of(
			"Kopinya enak banget, baristanya ramah!",
			"Pelayanan cepat dan tempatnya bersih. Pasti balik lagi.",
			"Es kopi susu gula arennya juara, harga masuk akal.",
			"Tempatnya nyaman buat kerja, wifi kenceng.",
			"Stafnya sangat membantu dan sopan.",
			"Mantap, rasanya konsisten dari dulu.",
			"Great coffee and friendly staff.",
			"Love the pastries, the place is always clean.",
			"Suasananya enak, musiknya pas, kopinya mantul.",
			"Terima kasih, pesanan saya disiapkan dengan cepat.");

	private static final List<String> NEUTRAL = List.of(
			"Lumayan, tapi agak ramai pas jam makan siang.",
			"Kopinya oke, harganya sedikit mahal.",
			"Biasa aja sih, nggak ada yang spesial.",
			"Good coffee but the queue was long.",
			"Tempatnya enak tapi parkirnya susah.");

	private static final List<String> COMPLAINTS = List.of(
			"Nunggu pesanan lama banget, hampir 30 menit.",
			"Pelayannya jutek, nggak senyum sama sekali.",
			"Mejanya kotor dan lantainya lengket.",
			"Kopinya terlalu pahit dan sudah dingin waktu disajikan.",
			"Harganya naik terus tapi porsinya makin kecil.",
			"Pesanan saya salah dua kali, kecewa.",
			"Waited 25 minutes for a latte, staff seemed overwhelmed.",
			"Toiletnya kurang bersih, tolong diperhatikan.",
			"Kasirnya lambat, antrian panjang tapi cuma satu kasir yang buka.",
			"Makanannya enak tapi pelayannya lama dan kurang ramah.");

	private DemoComments() {
	}

	/** @param score 1–5 satisfaction the comment matches */
	static String about(Random random, int score, List<String> weak) {
		List<String> pool = score >= 4 ? PRAISE : score == 3 ? NEUTRAL : COMPLAINTS;
		return pool.get(random.nextInt(pool.size()));
	}

	static boolean isEnglish(Object comment) {
		return comment instanceof String text && (text.startsWith("Great") || text.startsWith("Love")
				|| text.startsWith("Good") || text.startsWith("Waited"));
	}
}
