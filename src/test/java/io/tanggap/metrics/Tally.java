package io.tanggap.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the benchmark checks of one query's answer, group by group (a period, a branch, a month, a
 * cell): the n of NPS, CSAT and CES and the NPS itself. Built from the engine's figures or from
 * the score counts a GROUP BY returns, so that the two can be compared; groups without answers are
 * left out on both sides.
 */
final class Tally {

	/** One group's figures. */
	record Counts(long npsN, double nps, long csatN, long cesN) {

		boolean agrees(Counts other) {
			return npsN == other.npsN && csatN == other.csatN && cesN == other.cesN
					&& (npsN == 0 || Math.abs(nps - other.nps) < 1e-9);
		}
	}

	private final Map<String, long[]> raw = new TreeMap<>();
	private final Map<String, Counts> groups = new TreeMap<>();

	/** Adds the engine's figures of a group. */
	Tally figures(String group, List<Figure> figures) {
		long npsN = n(figures, "nps");
		long csatN = n(figures, "csat5_top2");
		long cesN = n(figures, "ces7_mean");
		if (npsN + csatN + cesN > 0) {
			double nps = figures.stream().filter(f -> f.key().equals("nps")).findFirst().flatMap(Figure::estimate)
				.map(Estimate::value).orElse(0.0);
			groups.put(group, new Counts(npsN, nps, csatN, cesN));
		}
		return this;
	}

	/** Adds {@code answers} answers of {@code score} to a group, as a GROUP BY row gives them. */
	void count(String group, String role, int score, long answers) {
		long[] counts = raw.computeIfAbsent(group, g -> new long[5]);
		switch (role) {
			case "NPS" -> {
				counts[0] += answers;
				counts[1] += score >= 9 ? answers : 0;
				counts[2] += score <= 6 ? answers : 0;
			}
			case "CSAT" -> counts[3] += answers;
			case "CES" -> counts[4] += answers;
			default -> throw new IllegalStateException("not a measured role: " + role);
		}
	}

	/** @return the groups, the raw counts turned into figures first */
	Map<String, Counts> groups() {
		raw.forEach((group, c) -> groups.put(group,
				new Counts(c[0], c[0] == 0 ? 0 : 100.0 * (c[1] - c[2]) / c[0], c[3], c[4])));
		raw.clear();
		return groups;
	}

	/** @return the first group in which the two differ, described; empty when they agree */
	static Optional<String> difference(Tally engine, Tally other) {
		Map<String, Counts> a = engine.groups();
		Map<String, Counts> b = other.groups();
		if (!a.keySet().equals(b.keySet())) {
			return Optional.of("groups " + a.keySet() + " against " + b.keySet());
		}
		return a.entrySet().stream().filter(e -> !e.getValue().agrees(b.get(e.getKey())))
			.map(e -> e.getKey() + ": " + e.getValue() + " against " + b.get(e.getKey())).findFirst();
	}

	private static long n(List<Figure> figures, String key) {
		return figures.stream().filter(f -> f.key().equals(key)).mapToLong(Figure::n).sum();
	}
}
