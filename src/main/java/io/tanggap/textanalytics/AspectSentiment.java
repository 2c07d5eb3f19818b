package io.tanggap.textanalytics;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentiment of each theme a comment mentions: that of the clause it is mentioned in (clauses
 * end at punctuation and at contrast and concessive words), or, when that clause has no polar
 * word, that of its sentence, or, when neither has, the Indonesian model's reading of the sentence
 * if it is confident. A theme is negative when any clause that mentions it is (a complaint about
 * one part of a theme, the wifi among the facilities, is what the business must act on), else
 * the scores of its clauses add up. So
 * "makanannya enak tapi pelayannya jutek dan lama banget" gives product quality positive, staff
 * and waiting time negative. Thread-safe.
 */
final class AspectSentiment {

	/** A clause sum below this (in lexicon valence units) is neutral. */
	private static final float NEUTRAL_BAND = 0.5f;

	/** The model's probability a sentence needs to decide a mention the lexicon leaves neutral. */
	private static final double MODEL_CONFIDENCE = 0.6;

	private final Lexicon lexicon;
	private final Cues cues;
	private final SentimentFeatures features;
	private final LinearModel model;

	AspectSentiment(Lexicon lexicon, Cues cues, SentimentFeatures features, LinearModel model) {
		this.lexicon = lexicon;
		this.cues = cues;
		this.features = features;
		this.model = model;
	}

	/**
	 * @param useModel whether the Indonesian model may decide a mention whose sentence has no polar
	 *        word (for Indonesian and mixed comments)
	 */
	List<ThemeMention> mentions(Reading reading, List<ThemeMatcher.Mention> found, List<Theme> themes, boolean useModel) {
		List<ThemeMention> result = new ArrayList<>();
		if (found.isEmpty()) {
			return result;
		}
		int[] order = new int[themes.size()];
		float[] net = new float[themes.size()];
		boolean[] complained = new boolean[themes.size()];
		int[] lastClause = new int[themes.size()];
		java.util.Arrays.fill(lastClause, -1);
		int seen = 0;
		float[] sums = new float[2];
		for (ThemeMatcher.Mention mention : found) {
			int t = mention.theme();
			int start = clauseStart(reading.tokens(), mention.position(), true);
			if (lastClause[t] < 0) {
				order[seen++] = t;
			}
			else if (lastClause[t] == start) {
				continue; // the same clause counts once for a theme
			}
			lastClause[t] = start;
			sums[0] = sums[1] = 0;
			cues.polarity(reading.tokens(), reading.negated(), reading.emphasis(), start, clauseEnd(reading.tokens(), mention.position(), true), sums);
			int sentenceStart = clauseStart(reading.tokens(), mention.position(), false);
			int sentenceEnd = clauseEnd(reading.tokens(), mention.position(), false);
			if (sums[0] == 0 && sums[1] == 0) {
				cues.polarity(reading.tokens(), reading.negated(), reading.emphasis(), sentenceStart, sentenceEnd, sums);
			}
			float clause = sums[0] == 0 && sums[1] == 0 && useModel ? modelSays(reading, sentenceStart, sentenceEnd) : sums[0] - sums[1];
			net[t] += clause;
			complained[t] |= clause <= -NEUTRAL_BAND;
		}
		for (int k = 0; k < seen; k++) {
			int t = order[k];
			Sentiment sentiment = complained[t] || net[t] <= -NEUTRAL_BAND ? Sentiment.NEGATIVE
					: net[t] >= NEUTRAL_BAND ? Sentiment.POSITIVE
					: Sentiment.NEUTRAL;
			result.add(new ThemeMention(themes.get(t).key(), sentiment));
		}
		return result;
	}

	/** ±{@link #NEUTRAL_BAND} when the model is confident about the sentence, else 0. */
	private float modelSays(Reading reading, int from, int to) {
		Tokens sentence = new Tokens();
		for (int i = from; i < to; i++) {
			sentence.add(reading.tokens().get(i));
		}
		double[] p = new double[3];
		model.probabilities(features.of(sentence), p);
		return p[0] >= MODEL_CONFIDENCE ? NEUTRAL_BAND : p[2] >= MODEL_CONFIDENCE ? -NEUTRAL_BAND : 0f;
	}

	private boolean endsClause(String word, boolean atCommas) {
		return word == Tokens.STOP || atCommas && word == Tokens.COMMA || lexicon.isContrast(word) || lexicon.isConcessive(word);
	}

	private int clauseStart(Tokens tokens, int at, boolean atCommas) {
		int i = at;
		while (i > 0 && !endsClause(tokens.get(i - 1), atCommas)) {
			i--;
		}
		return i;
	}

	private int clauseEnd(Tokens tokens, int at, boolean atCommas) {
		int i = at;
		while (i < tokens.size() && !endsClause(tokens.get(i), atCommas)) {
			i++;
		}
		return i;
	}
}
