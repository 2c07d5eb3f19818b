package io.tanggap.textanalytics;

import java.util.Arrays;

/**
 * A comment as normalised words, in order. Sentence ends are the word {@link #STOP} and commas
 * the word {@link #COMMA}; an emoji is {@link #GOOD_EMOJI} or {@link #BAD_EMOJI} when it carries
 * sentiment, and left out otherwise. Whether the comment exclaims ("!") is kept beside the
 * words. Not thread-safe while it is being built.
 */
final class Tokens {

	static final String STOP = ".";
	static final String COMMA = ",";
	static final String GOOD_EMOJI = "emoji_positif";
	static final String BAD_EMOJI = "emoji_negatif";

	private String[] words = new String[16];
	private int size;
	private boolean exclaims;

	void add(String word) {
		if (size == words.length) {
			words = Arrays.copyOf(words, size * 2);
		}
		words[size++] = word;
	}

	/** Adds a sentence end or comma, never two in a row nor at the start. */
	void addBreak(String mark) {
		if (size == 0) {
			return;
		}
		String last = words[size - 1];
		if (isBreak(last)) {
			if (mark == STOP) {
				words[size - 1] = STOP;
			}
			return;
		}
		add(mark);
	}

	/** Notes that the comment has an exclamation mark. */
	void markExclamation() {
		exclaims = true;
	}

	boolean exclaims() {
		return exclaims;
	}

	int size() {
		return size;
	}

	String get(int i) {
		return words[i];
	}

	static boolean isBreak(String word) {
		return word == STOP || word == COMMA;
	}

	/** @return the number of words that are not breaks */
	int wordCount() {
		int n = 0;
		for (int i = 0; i < size; i++) {
			if (!isBreak(words[i])) {
				n++;
			}
		}
		return n;
	}

	@Override
	public String toString() {
		return String.join(" ", Arrays.copyOf(words, size));
	}
}
