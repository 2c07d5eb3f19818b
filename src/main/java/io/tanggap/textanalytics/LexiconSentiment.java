package io.tanggap.textanalytics;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a lexicon score (VADER's compound, -1..1) into probabilities of the three sentiments:
 * a softmax of {@code slope·(c − threshold)} for positive, {@code slope·(−c − threshold)} for
 * negative and 0 for neutral. The two numbers are the only thing learnt from NusaX-en (train
 * split, CC BY-SA 4.0); the words and rules come from VADER (MIT).
 */
record LexiconSentiment(double threshold, double slope) {

	static final String FILE = "sentiment-en.tsv";

	void probabilities(double compound, double[] p) {
		p[0] = slope * (compound - threshold);
		p[1] = 0;
		p[2] = slope * (-compound - threshold);
		LinearModel.softmax(p, 1);
	}

	static LexiconSentiment read(InputStream in) {
		Map<String, Double> values = new HashMap<>();
		for (String[] row : WordList.read(in, FILE)) {
			values.put(row[0], Double.parseDouble(row[1]));
		}
		return new LexiconSentiment(values.getOrDefault("threshold", 0.05), values.getOrDefault("slope", 8.0));
	}

	String write() {
		return String.format(Locale.ROOT,
				"# Calibration of the English lexicon score, fitted on NusaX-en train (CC BY-SA 4.0) by text-train%nthreshold\t%.3f%nslope\t%.2f%n",
				threshold, slope);
	}
}
