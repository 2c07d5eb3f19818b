package io.tanggap.textanalytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Rewrites formal, tokenised Indonesian the way people type it, for the robustness check of
 * {@code text-train}: "tidak" becomes gak/nggak/ga/tdk, "yang" yg, "dengan" dgn, "sudah" udah,
 * "banget" bgt and so on; the suffix -nya is joined to its word ("makanan nya" → "makanannya");
 * some polar words are stretched ("enak" → "enaaak"); sentences start with a capital. Each
 * choice is drawn from a seeded random source, so the same seed gives the same rewrite.
 */
final class ColloquialRewrite {

	private static final Map<String, String[]> SHORT = Map.ofEntries(
			Map.entry("tidak", new String[] { "gak", "nggak", "ga", "tdk", "enggak" }), Map.entry("yang", new String[] { "yg" }),
			Map.entry("dengan", new String[] { "dgn" }), Map.entry("sudah", new String[] { "udah", "sdh" }),
			Map.entry("banget", new String[] { "bgt" }), Map.entry("karena", new String[] { "krn", "karna" }),
			Map.entry("belum", new String[] { "blm" }), Map.entry("juga", new String[] { "jg" }),
			Map.entry("saja", new String[] { "aja" }), Map.entry("untuk", new String[] { "utk" }),
			Map.entry("bukan", new String[] { "bkn" }), Map.entry("tapi", new String[] { "tp" }),
			Map.entry("benar", new String[] { "bener" }), Map.entry("memang", new String[] { "emang" }));

	private final Lexicon lexicon;
	private final Random random;

	ColloquialRewrite(Lexicon lexicon, long seed) {
		this.lexicon = lexicon;
		this.random = new Random(seed);
	}

	String rewrite(String text) {
		String[] words = text.split(" ");
		List<String> out = new ArrayList<>();
		for (String word : words) {
			String[] forms = SHORT.get(word);
			if (word.equals("nya") && !out.isEmpty()) {
				out.set(out.size() - 1, out.get(out.size() - 1) + "nya");
				continue;
			}
			if (forms != null && random.nextInt(4) > 0) {
				out.add(forms[random.nextInt(forms.length)]);
			}
			else if (lexicon.polarity(word) != 0 && word.length() > 2 && random.nextInt(3) == 0) {
				char last = word.charAt(word.length() - 1);
				out.add(word + String.valueOf(last).repeat(2 + random.nextInt(3)));
			}
			else {
				out.add(word);
			}
		}
		String joined = String.join(" ", out).replace(" .", ".").replace(" ,", ",");
		return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
	}
}
