package io.tanggap.metrics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.tanggap.survey.QuestionType;

/**
 * Rollup cells summed per group: for each group, and each question type and metric role in it, how
 * many answers gave each score. Filled by {@link RollupCube} or by SQL over the rollup table, read
 * as histograms per figure. The whole answer to one {@link CellQuery}; not thread-safe.
 */
final class CellTotals {

	/**
	 * A group of a query: the values of its first and second dimension (as the rollup table's columns
	 * read as text; null when not grouped by them) and the first day of its bucket (null when not
	 * bucketed).
	 */
	record Group(String first, String second, LocalDate bucket) {

		static final Group ALL = new Group(null, null, null);
	}

	private record Line(QuestionType type, String role) {
	}

	private final Map<Group, Map<Line, long[]>> sums = new LinkedHashMap<>();

	/** Adds answers with one score; a score outside the type's scale is not counted. */
	void add(Group group, QuestionType type, String role, int score, long answers) {
		if (score < type.min() || score > type.max()) {
			return;
		}
		counts(group, type, role)[score - type.min()] += answers;
	}

	/** @return the counts of the group's answers of this type and role, from the type's lowest score up */
	long[] counts(Group group, QuestionType type, String role) {
		return sums.computeIfAbsent(group, g -> new LinkedHashMap<>())
			.computeIfAbsent(new Line(type, role), l -> new long[type.max() - type.min() + 1]);
	}

	/** @return by group: by figure key, the histogram of the answers the figure counts */
	Map<Group, Map<String, Histogram>> histograms() {
		Map<Group, Map<String, Histogram>> histograms = new LinkedHashMap<>();
		sums.forEach((group, lines) -> {
			Map<String, Histogram> figures = new LinkedHashMap<>();
			lines.forEach((line, counts) -> {
				if (java.util.Arrays.stream(counts).anyMatch(c -> c != 0)) {
					Scale scale = new Scale(line.type().min(), line.type().max());
					for (String key : MetricsQuery.keys(line.role(), line.type())) {
						figures.merge(key, Histogram.ofCounts(scale, counts), Histogram::plus);
					}
				}
			});
			if (!figures.isEmpty()) {
				histograms.put(group, figures);
			}
		});
		return histograms;
	}

	/** @return the histograms of the one group of an ungrouped query; empty when nothing was counted */
	Map<String, Histogram> ungrouped() {
		return histograms().getOrDefault(Group.ALL, Map.of());
	}

	/** A question of {@link CellTotals}: the period, the segment, up to two dimensions and the day buckets. */
	record CellQuery(Period period, Segment segment, Dimension first, Dimension second, Granularity buckets) {

		CellQuery {
			if (first == Dimension.QUESTION || second == Dimension.QUESTION) {
				throw new IllegalArgumentException("Answers to a question are not in the rollups");
			}
		}

		static CellQuery of(Period period, Segment segment) {
			return new CellQuery(period, segment, null, null, null);
		}
	}
}
