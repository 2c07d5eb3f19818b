package io.tanggap.textanalytics;

/**
 * The features the Indonesian sentiment model reads from a comment, hashed into a fixed number of
 * dimensions: words (a word a negator governs as a separate feature, "tidak_enak"), pairs of
 * neighbouring words, the character 3- to 5-grams of each word (so colloquial spellings and
 * typing errors share features with the proper word), a few lexicon figures (sum of positive
 * and of negative words after negation and contrast, whether the last clause is positive or
 * negative, and whether no polar word was found at all), and whether the comment exclaims ("!").
 * The last two help most on topics the training data never saw, where the topic words say nothing.
 * Thread-safe.
 */
final class SentimentFeatures {

	/** Number of hashed dimensions; a power of two. The lexicon figures take the last few. */
	static final int DIMENSIONS = 1 << 18;
	private static final int HASHED = DIMENSIONS - 8;
	private static final int[] LEXICON_FEATURES = { HASHED, HASHED + 1, HASHED + 2, HASHED + 3, HASHED + 4, HASHED + 5,
			HASHED + 6 };

	private static final int WORD = 0x9e3779b1;
	private static final int NEGATED_WORD = 0x85ebca6b;
	private static final int PAIR = 0xc2b2ae35;
	private static final int CHARS = 0x27d4eb2f;

	private final Cues cues;

	SentimentFeatures(Cues cues) {
		this.cues = cues;
	}

	FeatureVector of(Tokens tokens) {
		return of(Reading.of(tokens, cues));
	}

	FeatureVector of(Reading reading) {
		Tokens tokens = reading.tokens();
		boolean[] negated = reading.negated();
		float[] emphasis = reading.emphasis();
		int n = tokens.size();
		Hashes words = words(tokens, negated, true);
		float[] sums = new float[2];
		cues.polarity(tokens, negated, emphasis, 0, n, sums);
		float[] last = new float[2];
		cues.polarity(tokens, negated, emphasis, lastClauseStart(tokens), n, last);
		float[] lexicon = { squash(sums[0]), squash(sums[1]), Cues.compound(sums[0], sums[1]),
				squash(last[0]), squash(last[1]), sums[0] == 0f && sums[1] == 0f ? 1f : 0f,
				tokens.exclaims() ? 1f : 0f };
		return FeatureVector.counted(words.hashes(), words.count(), LEXICON_FEATURES, lexicon);
	}

	/**
	 * The features of a plain word model, for comparison only: the words and pairs of neighbouring
	 * words, hashed as {@link #of(Reading)} hashes them, without negation, character n-grams or
	 * lexicon figures.
	 */
	static FeatureVector wordsAndPairs(Tokens tokens) {
		Hashes words = words(tokens, null, false);
		return FeatureVector.counted(words.hashes(), words.count(), new int[0], new float[0]);
	}

	/** The first {@code count} of {@code hashes} are features' buckets. */
	private record Hashes(int[] hashes, int count) {
	}

	/**
	 * The buckets of the words (a word a negator governs as a feature of its own, when
	 * {@code negated} is given), of the pairs of neighbouring words within a clause and, when asked,
	 * of each word's character n-grams.
	 */
	private static Hashes words(Tokens tokens, boolean[] negated, boolean withCharGrams) {
		int n = tokens.size();
		int[] hashes = new int[16 + n * (withCharGrams ? 20 : 2)];
		int count = 0;
		int previous = 0;
		boolean hasPrevious = false;
		for (int i = 0; i < n; i++) {
			String word = tokens.get(i);
			if (Tokens.isBreak(word)) {
				hasPrevious = false;
				continue;
			}
			int wordHash = hash(WORD, word);
			hashes[count++] = bucket(negated != null && negated[i] ? hash(NEGATED_WORD, word) : wordHash);
			if (hasPrevious) {
				hashes[count++] = bucket(mix(previous * 31 + wordHash + PAIR));
			}
			previous = wordHash;
			hasPrevious = true;
			if (withCharGrams) {
				if (hashes.length - count < word.length() * 3 + 8) {
					hashes = java.util.Arrays.copyOf(hashes, hashes.length * 2 + word.length() * 3);
				}
				count = charGrams(word, hashes, count);
			}
		}
		return new Hashes(hashes, count);
	}

	private static float squash(float sum) {
		return (float) Math.tanh(sum / 4);
	}

	private static int lastClauseStart(Tokens tokens) {
		int i = tokens.size() - 1;
		while (i > 0 && Tokens.isBreak(tokens.get(i))) {
			i--;
		}
		while (i > 0 && !Tokens.isBreak(tokens.get(i - 1))) {
			i--;
		}
		return Math.max(i, 0);
	}

	/** Adds the hashes of the character 3-, 4- and 5-grams of "<word>". */
	private static int charGrams(String word, int[] hashes, int count) {
		int length = word.length() + 2;
		for (int start = 0; start < length; start++) {
			int h = CHARS;
			for (int k = start; k < length && k < start + 5; k++) {
				char c = k == 0 ? '<' : k == length - 1 ? '>' : word.charAt(k - 1);
				h = (h ^ c) * 0x01000193;
				if (k - start >= 2) {
					hashes[count++] = bucket(mix(h));
				}
			}
		}
		return count;
	}

	static int hash(int seed, String text) {
		int h = seed;
		for (int k = 0; k < text.length(); k++) {
			h = (h ^ text.charAt(k)) * 0x01000193;
		}
		return mix(h);
	}

	/** MurmurHash3's finaliser: spreads every input bit over the whole hash. */
	static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h;
	}

	private static int bucket(int hash) {
		return (hash & 0x7fffffff) % HASHED;
	}
}
