package io.tanggap.metrics;

import java.util.Arrays;

/** How long something took over many repetitions after a few uncounted ones, in milliseconds. */
record Latencies(double[] sortedMillis) {

	static final int WARM_UPS = 5;

	/** Something to time; whatever it throws ends the benchmark. */
	interface Work {
		void run() throws Exception;
	}

	static Latencies of(int repetitions, Work work) throws Exception {
		for (int i = 0; i < WARM_UPS; i++) {
			work.run();
		}
		double[] millis = new double[repetitions];
		for (int i = 0; i < repetitions; i++) {
			long start = System.nanoTime();
			work.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new Latencies(millis);
	}

	/** @return the nearest-rank percentile */
	double percentile(int p) {
		int rank = (int) Math.ceil(p / 100.0 * sortedMillis.length);
		return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
	}
}
