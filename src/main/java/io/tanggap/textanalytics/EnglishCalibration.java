package io.tanggap.textanalytics;

import java.util.List;

/**
 * Picks {@link LexiconSentiment}'s threshold (the one with the best macro F1 on a grid 0.01..0.6; above 0, so
 * that a text without polar words is neutral) and
 * slope (the one with the least log loss at that threshold, on a grid 1..30) for lexicon scores
 * of labelled English texts.
 */
final class EnglishCalibration {

	private EnglishCalibration() {
	}

	static LexiconSentiment fit(double[] compound, List<Sentiment> truth) {
		double bestThreshold = 0.05;
		double bestF1 = -1;
		for (int step = 1; step <= 60; step++) {
			double threshold = step / 100.0;
			Confusion confusion = new Confusion();
			for (int i = 0; i < compound.length; i++) {
				Sentiment predicted = compound[i] > threshold ? Sentiment.POSITIVE
						: compound[i] < -threshold ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
				confusion.add(truth.get(i), predicted);
			}
			if (confusion.macroF1() > bestF1 + 1e-9) {
				bestF1 = confusion.macroF1();
				bestThreshold = threshold;
			}
		}
		double bestSlope = 1;
		double bestLoss = Double.MAX_VALUE;
		double[] p = new double[3];
		for (int slope = 1; slope <= 30; slope++) {
			LexiconSentiment candidate = new LexiconSentiment(bestThreshold, slope);
			double loss = 0;
			for (int i = 0; i < compound.length; i++) {
				candidate.probabilities(compound[i], p);
				loss -= Math.log(Math.max(p[truth.get(i).ordinal()], 1e-12));
			}
			if (loss < bestLoss) {
				bestLoss = loss;
				bestSlope = slope;
			}
		}
		return new LexiconSentiment(bestThreshold, bestSlope);
	}
}
