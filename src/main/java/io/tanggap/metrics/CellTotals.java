package io.tanggap.metrics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tanggap.survey.QuestionType;

/**
 * Answers summed per group: for each group, and each question type and metric role in it, how many
 * answers gave each score. Filled by {@link RollupCube}, by SQL over the rollup table or by the scan
 * path ({@link AnswerScan}), read as histograms per figure (which role and type each figure counts
 * is decided here). Not thread-safe.
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
					for (String key : keys(line.role(), line.type())) {
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
			if ((first != null && first.scanned()) || (second != null && second.scanned())) {
				throw new IllegalArgumentException("Only the standard dimensions are in the rollups");
			}
		}

		static CellQuery of(Period period, Segment segment) {
			return new CellQuery(period, segment, null, null, null);
		}
	}

	/** @return the keys of the figures that count answers of this role and type */
	private static List<String> keys(String role, QuestionType type) {
		return switch (role) {
			case "NPS" -> type == QuestionType.NPS ? List.of("nps") : List.of();
			case "CSAT" -> switch (type) {
				case CSAT_5 -> List.of("csat5_top2", "csat5_top_box");
				case CSAT_7 -> List.of("csat7_top2", "csat7_top_box");
				case CSAT_10 -> List.of("csat10_top2", "csat10_top_box");
				case CSAT_YES_NO -> List.of("csat_yes");
				default -> List.of();
			};
			case "CES" -> type == QuestionType.CES ? List.of("ces7_mean", "ces7_agree") : List.of();
			default -> List.of();
		};
	}
}
