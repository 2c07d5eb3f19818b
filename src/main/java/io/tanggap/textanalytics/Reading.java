package io.tanggap.textanalytics;

/**
 * A comment's words with what the cues around each word do to it: whether a negator governs it,
 * and its weight from contrast and concession (see {@link Cues}).
 */
record Reading(Tokens tokens, boolean[] negated, float[] emphasis) {

	static Reading of(Tokens tokens, Cues cues) {
		return new Reading(tokens, cues.negated(tokens), cues.emphasis(tokens));
	}
}
