package io.tanggap.textanalytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a taxonomy's keywords in {@link Tokens}: each keyword is normalised like the text (so
 * "lama bgt" is "lama banget") and looked up by its first word in a hash table; a phrase matches
 * when its following words follow. A word of the text also matches a keyword word it extends by
 * a suffix: Indonesian -lah, -kah, -pun, -ku, -mu, -an, -kan, -i, -in (-nya is split off by the
 * normaliser), English plural -s; so "parkiran" and "pelayannya" match "parkir" and "pelayan",
 * "rooms" matches "room". The rest of the stem must keep three letters. Prefixed forms are
 * keywords of their own ("dilayani", "pelayanan"). Immutable and thread-safe.
 */
final class ThemeMatcher {

	private static final String[] SUFFIXES = { "lah", "kah", "pun", "kan", "an", "in", "ku", "mu", "i", "s" };
	/**
	 * Words that look like a keyword with a suffix but mean something else: "pesanan" is an order,
	 * not a message ("pesan"); "lamaran" is an application, not a long wait ("lama").
	 */
	private static final java.util.Set<String> OTHER_WORDS = java.util.Set.of("pesanan", "lamaran");
	private static final int MIN_STEM = 3;

	/** One keyword: the theme it names and its words after the first. */
	private record Phrase(int theme, String[] rest) {
	}

	/** A keyword found: the theme's index in the taxonomy and the position of its first word. */
	record Mention(int theme, int position) {
	}

	private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

	ThemeMatcher(List<Theme> themes, Normalizer normalizer) {
		for (int t = 0; t < themes.size(); t++) {
			for (String keyword : themes.get(t).keywords()) {
				Tokens words = normalizer.tokens(keyword);
				List<String> list = new ArrayList<>();
				for (int i = 0; i < words.size(); i++) {
					if (!Tokens.isBreak(words.get(i))) {
						list.add(words.get(i));
					}
				}
				if (!list.isEmpty()) {
					byFirstWord.computeIfAbsent(list.get(0), k -> new ArrayList<>())
						.add(new Phrase(t, list.subList(1, list.size()).toArray(String[]::new)));
				}
			}
		}
	}

	/** @return every keyword found, in text order (a theme can be found more than once) */
	List<Mention> find(Tokens tokens) {
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String word = tokens.get(i);
			if (Tokens.isBreak(word)) {
				continue;
			}
			match(byFirstWord.get(word), tokens, i, mentions);
			if (OTHER_WORDS.contains(word)) {
				continue;
			}
			for (String suffix : SUFFIXES) {
				if (word.length() - suffix.length() >= MIN_STEM && word.endsWith(suffix)) {
					match(byFirstWord.get(word.substring(0, word.length() - suffix.length())), tokens, i, mentions);
				}
			}
		}
		return mentions;
	}

	private static void match(List<Phrase> phrases, Tokens tokens, int at, List<Mention> mentions) {
		if (phrases == null) {
			return;
		}
		for (Phrase phrase : phrases) {
			if (follows(phrase.rest(), tokens, at + 1)) {
				mentions.add(new Mention(phrase.theme(), at));
			}
		}
	}

	private static boolean follows(String[] rest, Tokens tokens, int from) {
		if (from + rest.length > tokens.size()) {
			return false;
		}
		for (int k = 0; k < rest.length; k++) {
			if (!sameWord(rest[k], tokens.get(from + k))) {
				return false;
			}
		}
		return true;
	}

	/** The text's word is the keyword's word, or that word with one of the suffixes. */
	private static boolean sameWord(String keyword, String word) {
		if (word.equals(keyword)) {
			return true;
		}
		if (!word.startsWith(keyword) || keyword.length() < MIN_STEM || OTHER_WORDS.contains(word)) {
			return false;
		}
		String suffix = word.substring(keyword.length());
		for (String s : SUFFIXES) {
			if (s.equals(suffix)) {
				return true;
			}
		}
		return false;
	}
}
