package io.tanggap.metrics;

import java.util.Arrays;

/**
 * How long something took over many repetitions, in milliseconds, after uncounted ones that warm
 * the JIT up as a service answering dashboards all day is: at least {@value #WARM_UPS} and for at
 * least {@value #WARM_UP_SECONDS} seconds, at most {@value #MAX_WARM_UPS}. {@link #runs()} says how
 * many were counted.
 */
record Latencies(double[] sortedMillis) {

	static final int WARM_UPS = 1;
	static final int WARM_UP_SECONDS = 3;
	static final int MAX_WARM_UPS = 1_000;

	/** Something to time; whatever it throws ends the benchmark. */
	interface Work {
		void run() throws Exception;
	}

	static Latencies of(int repetitions, Work work) throws Exception {
		return of(repetitions, Integer.MAX_VALUE, work);
	}

	/**
	 * As {@link #of(int, Work)}, but stops counting once the counted runs have taken
	 * {@code budgetSeconds}, after at least three: for statements that take many seconds each.
	 */
	static Latencies of(int repetitions, int budgetSeconds, Work work) throws Exception {
		long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
		for (int i = 0; i < MAX_WARM_UPS && (i < WARM_UPS || System.nanoTime() < warmUntil); i++) {
			work.run();
		}
		double[] millis = new double[repetitions];
		int runs = 0;
		double spent = 0;
		while (runs < repetitions && (runs < 3 || spent < budgetSeconds * 1000.0)) {
			long start = System.nanoTime();
			work.run();
			millis[runs] = (System.nanoTime() - start) / 1e6;
			spent += millis[runs++];
		}
		double[] counted = Arrays.copyOf(millis, runs);
		Arrays.sort(counted);
		return new Latencies(counted);
	}

	int runs() {
		return sortedMillis.length;
	}

	/** @return the nearest-rank percentile */
	double percentile(int p) {
		int rank = (int) Math.ceil(p / 100.0 * sortedMillis.length);
		return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
	}
}
