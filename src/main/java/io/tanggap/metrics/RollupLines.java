package io.tanggap.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tanggap.metrics.CellTotals.CellQuery;
import io.tanggap.metrics.CellTotals.Group;
import io.tanggap.survey.QuestionType;

/**
 * One workspace's NPS, CSAT and CES rollups as {@link RollupCube} holds them: one line per (survey,
 * question, channel, branch, touchpoint) and, per line and month, the running count of each score by
 * day. Not thread-safe: the cube guards it.
 */
final class RollupLines {

	private final List<Line> all = new ArrayList<>();
	private final Map<LineKey, Line> byKey = new HashMap<>();

	int size() {
		return all.size();
	}

	/** Adds a count handed over by a commit; counts of other roles than NPS, CSAT and CES are not held. */
	void add(RollupKey key, long answers) {
		if (!key.role().equals("NPS") && !key.role().equals("CSAT") && !key.role().equals("CES")) {
			return;
		}
		add(key.survey(), key.question(), QuestionType.valueOf(key.type()), key.role(), key.channel(), key.branch(),
				key.touchpoint(), key.day(), key.score(), answers);
	}

	/** Adds answers with one score on one day to their line; a score outside the type's scale is not held. */
	void add(UUID survey, String question, QuestionType type, String role, String channel, UUID branch,
			String touchpoint, LocalDate day, int score, long answers) {
		if (score < type.min() || score > type.max()) {
			return;
		}
		LineKey key = new LineKey(survey, question, type, role, channel, branch, touchpoint);
		Line line = byKey.get(key);
		if (line == null) {
			line = new Line(key);
			byKey.put(key, line);
			all.add(line);
		}
		line.add(day, score - type.min(), answers);
	}

	/** Adds the counts of the lines in the query's segment to its groups and buckets in {@code totals}. */
	void sum(CellQuery query, CellTotals totals) {
		Segment segment = query.segment();
		String touchpoint = segment.touchpoint() == null ? null : segment.touchpoint().strip();
		String channel = segment.channel() == null ? null : segment.channel().name();
		List<LocalDate> starts = new ArrayList<>();
		List<Span[]> buckets = new ArrayList<>();
		LocalDate from = query.period().from();
		LocalDate to = query.period().to();
		if (query.buckets() == null) {
			starts.add(null);
			buckets.add(Span.of(from, to));
		}
		else {
			Granularity granularity = query.buckets();
			for (LocalDate start = granularity.start(from); !start.isAfter(to); start = granularity.next(start)) {
				LocalDate last = granularity.next(start).minusDays(1);
				starts.add(start);
				buckets.add(Span.of(start.isBefore(from) ? from : start, last.isAfter(to) ? to : last));
			}
		}
		// The counts of each group, type and role by bucket, found once per line rather than per line and
		// bucket; without lambdas or lists per line, which made a large share of a dashboard's garbage.
		Map<Target, long[][]> targets = new HashMap<>();
		for (Line line : all) {
			LineKey key = line.key;
			if ((segment.survey() != null && !segment.survey().equals(key.survey()))
					|| (channel != null && !channel.equals(key.channel()))
					|| (segment.branch() != null && !segment.branch().equals(key.branch()))
					|| (touchpoint != null && !touchpoint.equals(key.touchpoint()))) {
				continue;
			}
			Target target = new Target(line.value(query.first()), line.value(query.second()), key.type(), key.role());
			long[][] into = targets.get(target);
			if (into == null) {
				into = new long[starts.size()][];
				for (int b = 0; b < into.length; b++) {
					into[b] = totals.counts(new Group(target.first(), target.second(), starts.get(b)), key.type(), key.role());
				}
				targets.put(target, into);
			}
			for (int b = 0; b < into.length; b++) {
				line.sum(buckets.get(b), into[b]);
			}
		}
	}

	/** Where a line's counts go: its group's values, type and role. */
	private record Target(String first, String second, QuestionType type, String role) {
	}

	/**
	 * The days of a bucket cut by month: per month its index ({@code year * 12 + month - 1}) and the
	 * first and last day of the month in the bucket (0-based).
	 */
	private record Span(int month, int firstDay, int lastDay) {

		static Span[] of(LocalDate from, LocalDate to) {
			List<Span> spans = new ArrayList<>();
			for (LocalDate start = from; !start.isAfter(to); start = start.withDayOfMonth(1).plusMonths(1)) {
				LocalDate monthEnd = start.withDayOfMonth(start.lengthOfMonth());
				LocalDate end = monthEnd.isAfter(to) ? to : monthEnd;
				spans.add(new Span(start.getYear() * 12 + start.getMonthValue() - 1, start.getDayOfMonth() - 1,
						end.getDayOfMonth() - 1));
			}
			return spans.toArray(Span[]::new);
		}
	}

	private record LineKey(UUID survey, String question, QuestionType type, String role, String channel, UUID branch,
			String touchpoint) {
	}

	/** One line: per month with answers, the running count of each score by day. */
	private static final class Line {

		final LineKey key;
		final int size;
		final String survey;
		final String branch;
		/** The index ({@code year * 12 + month - 1}) of {@code months[0]}. */
		int firstMonth;
		Month[] months = new Month[0];

		Line(LineKey key) {
			this.key = key;
			this.size = key.type().max() - key.type().min() + 1;
			this.survey = key.survey().toString();
			this.branch = key.branch().toString();
		}

		String value(Dimension dimension) {
			if (dimension == null) {
				return null;
			}
			return switch (dimension) {
				case BRANCH -> branch;
				case CHANNEL -> key.channel();
				case TOUCHPOINT -> key.touchpoint();
				case SURVEY -> survey;
				case QUESTION, THEME, SENTIMENT -> throw new IllegalStateException(dimension + " is not in the rollups");
			};
		}

		void add(LocalDate day, int index, long answers) {
			int month = day.getYear() * 12 + day.getMonthValue() - 1;
			if (months.length == 0) {
				firstMonth = month;
				months = new Month[1];
			}
			else if (month < firstMonth) {
				Month[] wider = new Month[months.length + firstMonth - month];
				System.arraycopy(months, 0, wider, firstMonth - month, months.length);
				months = wider;
				firstMonth = month;
			}
			else if (month >= firstMonth + months.length) {
				months = java.util.Arrays.copyOf(months, month - firstMonth + 1);
			}
			Month cells = months[month - firstMonth];
			if (cells == null) {
				cells = new Month(day.lengthOfMonth(), size);
				months[month - firstMonth] = cells;
			}
			int count = Math.toIntExact(answers);
			int[] running = cells.running;
			for (int d = (day.getDayOfMonth() - 1) * size + index; d < running.length; d += size) {
				running[d] = Math.addExact(running[d], count);
			}
		}

		/** Adds the counts of a bucket's days to {@code into}. */
		void sum(Span[] spans, long[] into) {
			for (Span span : spans) {
				int m = span.month() - firstMonth;
				if (m < 0 || m >= months.length || months[m] == null) {
					continue;
				}
				int[] running = months[m].running;
				int last = span.lastDay() * size;
				if (span.firstDay() == 0) {
					for (int i = 0; i < size; i++) {
						into[i] += running[last + i];
					}
				}
				else {
					int before = (span.firstDay() - 1) * size;
					for (int i = 0; i < size; i++) {
						into[i] += running[last + i] - running[before + i];
					}
				}
			}
		}
	}

	/**
	 * One line's month: per day and score, the count of that score from the month's first day up to
	 * and including that day, so that any run of days is one subtraction per score.
	 */
	private static final class Month {

		final int[] running;

		Month(int days, int size) {
			this.running = new int[days * size];
		}
	}
}
