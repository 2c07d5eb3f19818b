package io.tanggap.textanalytics;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Counts of (true sentiment, predicted sentiment) pairs, and the precision, recall and F1 of each
 * sentiment and their macro average. A sentiment that is never predicted has precision 0, one that
 * never occurs recall 0; the macro average is over the sentiments that occur or are predicted.
 */
final class Confusion {

	private final long[][] counts = new long[3][3];

	void add(Sentiment truth, Sentiment predicted) {
		counts[truth.ordinal()][predicted.ordinal()]++;
	}

	long count(Sentiment truth, Sentiment predicted) {
		return counts[truth.ordinal()][predicted.ordinal()];
	}

	long total() {
		long n = 0;
		for (long[] row : counts) {
			for (long c : row) {
				n += c;
			}
		}
		return n;
	}

	double precision(Sentiment s) {
		long predicted = 0;
		for (long[] row : counts) {
			predicted += row[s.ordinal()];
		}
		return predicted == 0 ? 0 : (double) counts[s.ordinal()][s.ordinal()] / predicted;
	}

	double recall(Sentiment s) {
		long actual = 0;
		for (long c : counts[s.ordinal()]) {
			actual += c;
		}
		return actual == 0 ? 0 : (double) counts[s.ordinal()][s.ordinal()] / actual;
	}

	double f1(Sentiment s) {
		double p = precision(s);
		double r = recall(s);
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	boolean seen(Sentiment s) {
		for (int k = 0; k < 3; k++) {
			if (counts[s.ordinal()][k] > 0 || counts[k][s.ordinal()] > 0) {
				return true;
			}
		}
		return false;
	}

	double macroF1() {
		double sum = 0;
		int n = 0;
		for (Sentiment s : Sentiment.values()) {
			if (seen(s)) {
				sum += f1(s);
				n++;
			}
		}
		return n == 0 ? 0 : sum / n;
	}

	double accuracy() {
		long total = total();
		long right = 0;
		for (int k = 0; k < 3; k++) {
			right += counts[k][k];
		}
		return total == 0 ? 0 : (double) right / total;
	}

	/** Prints the per-sentiment figures and the matrix (rows: truth, columns: predicted). */
	void print(PrintWriter out) {
		out.println("sentiment   precision  recall  f1      n");
		for (Sentiment s : Sentiment.values()) {
			long n = 0;
			for (long c : counts[s.ordinal()]) {
				n += c;
			}
			out.println(String.format(Locale.ROOT, "%-10s  %.4f     %.4f  %.4f  %d", s.label(), precision(s), recall(s), f1(s), n));
		}
		out.println("confusion (rows: true, columns: predicted positive neutral negative)");
		for (Sentiment s : Sentiment.values()) {
			long[] row = counts[s.ordinal()];
			out.println(String.format(Locale.ROOT, "%-10s  %d %d %d", s.label(), row[0], row[1], row[2]));
		}
	}
}
