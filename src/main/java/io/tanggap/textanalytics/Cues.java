package io.tanggap.textanalytics;

/**
 * What the words around a polar word do to it: a negator within three words before it turns it
 * round ("tidak enak", "not bad"); an intensifier just before or after it ("sangat", "banget",
 * "very") strengthens or softens it; a contrast word ("tapi", "but") weakens what came before it
 * in the sentence and strengthens what follows; a concessive clause ("walaupun mahal", "although")
 * counts half. The factors follow VADER's rules (Hutto and Gilbert, 2014). Thread-safe.
 */
final class Cues {

	/** VADER's factor for a negated word. */
	static final float NEGATION = -0.74f;
	private static final int NEGATION_REACH = 3;

	private final Lexicon lexicon;

	Cues(Lexicon lexicon) {
		this.lexicon = lexicon;
	}

	/** Marks the words that a negator governs. */
	boolean[] negated(Tokens tokens) {
		boolean[] negated = new boolean[tokens.size()];
		for (int i = 0; i < tokens.size(); i++) {
			if (!lexicon.isNegator(tokens.get(i)) || lexicon.phraseLength(tokens, i, tokens.size()) > 0) {
				continue; // not a negator, or one whose phrase has its own polarity ("tidak ada", "no reply")
			}
			for (int j = i + 1; j < tokens.size() && j <= i + NEGATION_REACH; j++) {
				String word = tokens.get(j);
				if (Tokens.isBreak(word) || lexicon.isContrast(word)) {
					break;
				}
				negated[j] = true;
				if (lexicon.polarity(word) != 0f || lexicon.phraseLength(tokens, j, tokens.size()) > 0) {
					break; // "tidak enak dan murah": the negation ends at its first polar word or phrase
				}
			}
		}
		return negated;
	}

	/** The weight of each word from contrast and concession: 0.5 before "tapi", 1.5 after, 0.5 in "walaupun …". */
	float[] emphasis(Tokens tokens) {
		float[] weight = new float[tokens.size()];
		java.util.Arrays.fill(weight, 1f);
		int sentenceStart = 0;
		boolean conceding = false;
		for (int i = 0; i < tokens.size(); i++) {
			String word = tokens.get(i);
			if (word == Tokens.STOP) {
				sentenceStart = i + 1;
				conceding = false;
			}
			else if (word == Tokens.COMMA) {
				conceding = false;
			}
			else if (lexicon.isContrast(word)) {
				for (int k = sentenceStart; k < i; k++) {
					weight[k] *= 0.5f;
				}
				for (int k = i + 1; k < tokens.size() && tokens.get(k) != Tokens.STOP; k++) {
					weight[k] *= 1.5f;
				}
				sentenceStart = i + 1;
				conceding = false;
			}
			else if (lexicon.isConcessive(word)) {
				conceding = true;
			}
			if (conceding) {
				weight[i] *= 0.5f;
			}
		}
		return weight;
	}

	/**
	 * The polar words from {@code from} up to (not including) {@code to}, summed with negation,
	 * intensity and emphasis applied:
	 * {@code sums[0]} the positive part, {@code sums[1]} the negative part (as a positive number).
	 */
	void polarity(Tokens tokens, boolean[] negated, float[] emphasis, int from, int to, float[] sums) {
		for (int i = from; i < to; i++) {
			String word = tokens.get(i);
			int phrase = lexicon.phraseLength(tokens, i, to);
			float value;
			int at = i;
			if (phrase > 0) {
				value = lexicon.phrasePolarity(tokens, i, phrase);
				i += phrase - 1; // a polar phrase ("tidak ada", "luar biasa", "took forever") is read as one word
			}
			else {
				value = valence(tokens, i);
				if (value == 0f || lexicon.isNegator(word) && governsPolarWord(tokens, i, to)) {
					continue; // "kurang bersih": the negator's own polarity is spent on the word it turns
				}
				if (word.equals("suka") && i + 1 < to && valence(tokens, i + 1) < 0f) {
					continue; // "suka error": before a bad word "suka" means "often", not "likes"
				}
				if (i > from && lexicon.isPostIntensifier(word) && valence(tokens, i - 1) != 0f) {
					continue; // "enak parah": after a polar word "parah" only strengthens it
				}
				value *= intensity(tokens, i, from, to);
			}
			if (negated[at]) {
				value *= NEGATION; // "tidak akan kembali lagi", "not worth it"
			}
			value *= emphasis[at];
			if (value > 0) {
				sums[0] += value;
			}
			else {
				sums[1] -= value;
			}
		}
	}

	private float valence(Tokens tokens, int i) {
		String word = tokens.get(i);
		if (word == Tokens.GOOD_EMOJI) {
			return 2f;
		}
		if (word == Tokens.BAD_EMOJI) {
			return -2f;
		}
		return lexicon.polarity(word);
	}

	private boolean governsPolarWord(Tokens tokens, int i, int to) {
		for (int j = i + 1; j < to && j <= i + NEGATION_REACH; j++) {
			String word = tokens.get(j);
			if (Tokens.isBreak(word)) {
				return false;
			}
			if (lexicon.polarity(word) != 0f || lexicon.phraseLength(tokens, j, to) > 0) {
				return true;
			}
		}
		return false;
	}

	private float intensity(Tokens tokens, int i, int from, int to) {
		float factor = 1f;
		for (int j = Math.max(from, i - 2); j < i; j++) {
			factor *= lexicon.intensity(tokens.get(j));
		}
		if (i + 1 < to && lexicon.isPostIntensifier(tokens.get(i + 1))) {
			factor *= lexicon.intensity(tokens.get(i + 1)); // "enak banget", "bersih sekali"
		}
		return factor;
	}

	/** VADER's normalisation of a sum of valences to -1..1. */
	static float compound(float positive, float negative) {
		float sum = positive - negative;
		return (float) (sum / Math.sqrt(sum * sum + 15));
	}
}
