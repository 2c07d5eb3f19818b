package io.tanggap.textanalytics;

import java.util.Set;

/**
 * Turns raw text into {@link Tokens}: lower case, letters repeated for emphasis squeezed
 * ("bagusss" → "bagus", "goood" → "good"), colloquial and abbreviated forms written out ("gak" →
 * "tidak", "bgt" → "banget"), the suffix -nya split off as the Indonesian corpora write it
 * ("pelayanannya" → "pelayanan nya"), "hati2" read as "hati", emoji and emoticons turned into
 * sentiment cues. Anything that is not a letter, digit or known mark separates words, so HTML,
 * control characters and unpaired surrogates are read as plain separators. Thread-safe.
 */
final class Normalizer {

	/** Words that end in -nya without it being the suffix. */
	private static final Set<String> WHOLE_NYA = Set.of("hanya", "punya", "tanya", "bertanya", "ditanya", "menanya",
			"nyanya", "senya", "kenya", "tonya", "sonya", "anya", "tanyanya", "mempunya");

	private final Lexicon lexicon;

	Normalizer(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	Tokens tokens(CharSequence text) {
		Tokens tokens = new Tokens();
		StringBuilder word = new StringBuilder(24);
		int length = text.length();
		int i = 0;
		while (i < length) {
			int cp = Character.codePointAt(text, i);
			int width = Character.charCount(cp);
			if (Character.isLetterOrDigit(cp)) {
				word.appendCodePoint(Character.toLowerCase(cp));
			}
			else if (isApostrophe(cp) && word.length() > 0 && i + 1 < length && Character.isLetter(text.charAt(i + 1))) {
				word.append('\'');
			}
			else if (cp == '.' && word.length() > 0 && Character.isDigit(word.charAt(word.length() - 1)) && i + 1 < length
					&& Character.isDigit(text.charAt(i + 1))) {
				word.append('.');
			}
			else {
				flush(word, tokens);
				int emoticon = emoticon(text, i, tokens);
				if (emoticon > 0) {
					width = emoticon;
				}
				else if (cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == '\n' || cp == '\u3002') {
					tokens.addBreak(Tokens.STOP);
					if (cp == '!') {
						tokens.markExclamation();
					}
				}
				else if (cp == ',' || cp == ':' || cp == '(' || cp == ')') {
					tokens.addBreak(Tokens.COMMA);
				}
				else {
					Float valence = lexicon.emoji.get(cp);
					if (valence != null && valence != 0f) {
						tokens.add(valence > 0 ? Tokens.GOOD_EMOJI : Tokens.BAD_EMOJI);
					}
				}
			}
			i += width;
		}
		flush(word, tokens);
		return tokens;
	}

	private static boolean isApostrophe(int cp) {
		return cp == '\'' || cp == '\u2019';
	}

	/** @return the characters taken by an emoticon such as ":)" at {@code i}, 0 for none */
	private static int emoticon(CharSequence text, int i, Tokens tokens) {
		char c = text.charAt(i);
		if (c != ':' && c != ';' && c != '=' && c != '<') {
			return 0;
		}
		int j = i + 1;
		if (j < text.length() && text.charAt(j) == '-' && c != '<') {
			j++;
		}
		if (j >= text.length()) {
			return 0;
		}
		char face = text.charAt(j);
		if (c == '<') {
			if (face == '3') {
				tokens.add(Tokens.GOOD_EMOJI);
				return j - i + 1;
			}
			return 0;
		}
		if (face == ')' || face == 'D' || face == 'P' || face == ']') {
			tokens.add(Tokens.GOOD_EMOJI);
			return j - i + 1;
		}
		if (face == '(' || face == '[' || face == '/') {
			tokens.add(Tokens.BAD_EMOJI);
			return j - i + 1;
		}
		return 0;
	}

	private void flush(StringBuilder word, Tokens tokens) {
		if (word.length() == 0) {
			return;
		}
		String raw = squeeze(word);
		word.setLength(0);
		if (raw.length() > 2 && raw.charAt(raw.length() - 1) == '2' && Character.isLetter(raw.charAt(raw.length() - 2))) {
			raw = raw.substring(0, raw.length() - 1); // "hati2": the 2 repeats the word
		}
		String[] forms = lexicon.colloquial.get(raw);
		if (forms != null) {
			for (String form : forms) {
				tokens.add(form);
			}
			return;
		}
		if (raw.length() >= 5 && raw.endsWith("nya") && !WHOLE_NYA.contains(raw)) {
			String stem = raw.substring(0, raw.length() - 3);
			String[] stemForms = lexicon.colloquial.get(stem);
			if (stemForms != null) {
				for (String form : stemForms) {
					tokens.add(form);
				}
			}
			else {
				tokens.add(stem);
			}
			tokens.add("nya");
			return;
		}
		tokens.add(raw);
	}

	/**
	 * Squeezes runs of three or more equal letters to two when that gives a known word ("goood" →
	 * "good"), else to one ("mantaaap" → "mantap", "sooo" → "so").
	 */
	private String squeeze(StringBuilder word) {
		boolean elongated = false;
		for (int k = 2; k < word.length() && !elongated; k++) {
			char c = word.charAt(k);
			elongated = Character.isLetter(c) && c == word.charAt(k - 1) && c == word.charAt(k - 2);
		}
		if (!elongated) {
			return word.toString();
		}
		String once = squeezeTo(word, 1);
		String twice = squeezeTo(word, 2);
		return lexicon.known.contains(twice) ? twice : once;
	}

	private static String squeezeTo(StringBuilder word, int keep) {
		StringBuilder out = new StringBuilder(word.length());
		int run = 0;
		for (int k = 0; k < word.length(); k++) {
			char c = word.charAt(k);
			run = k > 0 && c == word.charAt(k - 1) && Character.isLetter(c) ? run + 1 : 1;
			if (run <= keep || run == 2 && isDoubleAllowed(word, k)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** A doubled letter that is not part of a run of three is the word's own ("maaf", "good"). */
	private static boolean isDoubleAllowed(StringBuilder word, int k) {
		return k + 1 >= word.length() || word.charAt(k + 1) != word.charAt(k);
	}
}
