package io.tanggap.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts a rebuild's ranges of response ids into a {@link RebuildTally}, taking the next range not
 * yet taken, on whichever connection calls {@link #countAll}: several connections at once, or the
 * rebuild's own. A range is either read and counted here (every scored answer comes back) or, on
 * PostgreSQL, joined and grouped by the database (rows by line and local day come back).
 */
final class RebuildCounter {

	private static final int FETCH = 10_000;
	private static final String COUNT_EACH_SCORE = java.util.stream.IntStream.rangeClosed(0, ScoreRollups.MAX_SCORE)
		.mapToObj(i -> "COUNT(*) FILTER (WHERE a.score = " + i + ")")
		.collect(java.util.stream.Collectors.joining(", "));
	private static final String RESPONSES = "SELECT id, survey_id, submitted_at, channel, branch_id, touchpoint "
			+ "FROM survey_response WHERE workspace_id = ? AND id >= ?";
	private static final String ANSWERS = "SELECT response_id, question_id, type, role, score FROM answer "
			+ "WHERE response_id >= ?";
	private static final String SCORED = " AND score BETWEEN 0 AND " + ScoreRollups.MAX_SCORE + " AND type IN ("
			+ ScoreRollups.SCORED_TYPES + ") ORDER BY response_id";

	/**
	 * How PostgreSQL is to count a range: the planner cannot tell how many answers an id range
	 * holds (it guesses one) and would look up each answer's response by index and sort them all
	 * by their keys on disk; instead both primary keys are read in order (a merge join) and the
	 * groups are hashed in memory.
	 */
	private static final Map<String, String> PLANNED = Map.of("work_mem", "'64MB'", "enable_nestloop", "off",
			"enable_sort", "off");

	private final UUID workspace;
	private final ZoneId zone;
	/**
	 * When PostgreSQL groups the ranges: the zone's offset in seconds as SQL
	 * ({@link StreamedRebuild#offset}); null when they are counted here.
	 */
	private final String offset;
	/** On H2: rows are read as they are asked for. */
	private final boolean lazy;
	private final List<UUID> bounds;
	private final RebuildTally tally;
	private final AtomicInteger next = new AtomicInteger();

	RebuildCounter(UUID workspace, ZoneId zone, String offset, boolean lazy, List<UUID> bounds, RebuildTally tally) {
		this.workspace = workspace;
		this.zone = zone;
		this.offset = offset;
		this.lazy = lazy;
		this.bounds = bounds;
		this.tally = tally;
	}

	int ranges() {
		return bounds.size() - 1;
	}

	/** A response's part of a line's key (survey, channel, branch, touchpoint). */
	private record Source(UUID survey, String channel, UUID branch, String touchpoint) {
	}

	/** An answer's part of a line's key. */
	private record Question(String question, String type, String role) {
	}

	/** This connection's own numbering of sources and questions, and its counts. */
	private final class Reader {

		final Map<Source, Integer> sources = new HashMap<>();
		final List<Source> sourceList = new ArrayList<>();
		final Map<Question, Integer> questions = new HashMap<>();
		/** [source][question] → the tally's line number + 1 (0: not seen yet). */
		int[][] lineOf = new int[16][];
		final Map<Long, int[]> counts = tally.newCounts();

		int source(UUID survey, String channel, UUID branch, String touchpoint) {
			Source key = new Source(survey, channel, branch == null ? RollupKey.NO_BRANCH : branch,
					touchpoint == null ? "" : touchpoint);
			Integer known = sources.get(key);
			if (known != null) {
				return known;
			}
			sourceList.add(key);
			sources.put(key, sourceList.size() - 1);
			return sourceList.size() - 1;
		}

		int line(int source, String question, String type, String role) {
			Question key = new Question(question, type, role);
			Integer q = questions.get(key);
			if (q == null) {
				q = questions.size();
				questions.put(key, q);
			}
			if (source >= lineOf.length) {
				lineOf = Arrays.copyOf(lineOf, Math.max(source + 1, lineOf.length * 2));
			}
			int[] row = lineOf[source];
			if (row == null || q >= row.length) {
				row = row == null ? new int[Math.max(16, q + 1)] : Arrays.copyOf(row, Math.max(q + 1, row.length * 2));
				lineOf[source] = row;
			}
			if (row[q] == 0) {
				Source s = sourceList.get(source);
				row[q] = 1 + tally.number(new RollupLineIds.Line(workspace, s.survey(), question, type, role, s.channel(),
						s.branch(), s.touchpoint()));
			}
			return row[q] - 1;
		}
	}

	void countAll(Connection connection) throws SQLException {
		Reader reader = new Reader();
		boolean grouped = offset != null;
		try (Statement set = connection.createStatement()) {
			if (grouped) {
				for (var setting : PLANNED.entrySet()) {
					set.execute("SET LOCAL " + setting.getKey() + " = " + setting.getValue());
				}
			}
			else if (lazy) {
				// H2 otherwise computes a whole result before the first row, on disk past a limit.
				set.execute("SET LAZY_QUERY_EXECUTION TRUE");
			}
		}
		try {
			for (int r = next.getAndIncrement(); r < ranges(); r = next.getAndIncrement()) {
				if (grouped) {
					countGrouped(connection, reader, bounds.get(r), bounds.get(r + 1));
				}
				else {
					count(connection, reader, bounds.get(r), bounds.get(r + 1));
				}
			}
		}
		finally {
			try (Statement set = connection.createStatement()) {
				if (grouped) {
					for (String setting : PLANNED.keySet()) {
						set.execute("SET LOCAL " + setting + " = DEFAULT");
					}
				}
				else if (lazy) {
					set.execute("SET LAZY_QUERY_EXECUTION FALSE");
				}
			}
		}
	}

	/**
	 * PostgreSQL: one statement joins the range's responses and answers and counts them by line
	 * and local day; each row it returns is added to this connection's counts.
	 */
	private void countGrouped(Connection connection, Reader reader, UUID from, UUID to) throws SQLException {
		String day = "CAST((r.submitted_at + INTERVAL '1 second' * " + offset + ") AT TIME ZONE 'UTC' AS DATE)";
		String sql = "SELECT " + day + ", r.survey_id, a.question_id, a.type, a.role, r.channel, r.branch_id, "
				+ "r.touchpoint, COUNT(*), " + COUNT_EACH_SCORE + " FROM survey_response r JOIN answer a ON a.response_id = r.id "
				+ "WHERE r.workspace_id = ? AND r.id >= ? AND a.response_id >= ? "
				+ (to == null ? "" : "AND r.id < ? AND a.response_id < ? ")
				+ "AND a.score BETWEEN 0 AND " + ScoreRollups.MAX_SCORE + " AND a.type IN (" + ScoreRollups.SCORED_TYPES + ") "
				+ "GROUP BY " + day + ", r.survey_id, a.question_id, a.type, a.role, r.channel, r.branch_id, r.touchpoint";
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setObject(1, workspace);
			select.setObject(2, from);
			select.setObject(3, from);
			if (to != null) {
				select.setObject(4, to);
				select.setObject(5, to);
			}
			select.setFetchSize(FETCH);
			long counted = 0;
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					long epochDay = rows.getObject(1, LocalDate.class).toEpochDay();
					int source = reader.source(rows.getObject(2, UUID.class), rows.getString(6),
							rows.getObject(7, UUID.class), rows.getString(8));
					int line = reader.line(source, rows.getString(3), rows.getString(4), rows.getString(5));
					int[] scores = reader.counts.computeIfAbsent((long) line << 32 | (epochDay & 0xFFFF_FFFFL),
							key -> new int[ScoreRollups.MAX_SCORE + 1]);
					counted += rows.getLong(9);
					for (int score = 0; score < scores.length; score++) {
						scores[score] += rows.getInt(10 + score);
					}
				}
			}
			tally.answers.addAndGet(counted);
		}
	}

	private void count(Connection connection, Reader reader, UUID from, UUID to) throws SQLException {
		// The range's responses: id → (source << 32 | local epoch day).
		Map<UUID, Long> responses = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement(RESPONSES + (to == null ? "" : " AND id < ?"))) {
			select.setObject(1, workspace);
			select.setObject(2, from);
			if (to != null) {
				select.setObject(3, to);
			}
			select.setFetchSize(FETCH);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					LocalDate day = rows.getObject(3, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
					int source = reader.source(rows.getObject(2, UUID.class), rows.getString(4),
							rows.getObject(5, UUID.class), rows.getString(6));
					responses.put(rows.getObject(1, UUID.class), (long) source << 32 | (day.toEpochDay() & 0xFFFF_FFFFL));
				}
			}
		}
		if (responses.isEmpty()) {
			return;
		}
		try (PreparedStatement select = connection
			.prepareStatement(ANSWERS + (to == null ? "" : " AND response_id < ?") + SCORED)) {
			select.setObject(1, from);
			if (to != null) {
				select.setObject(2, to);
			}
			select.setFetchSize(FETCH);
			long counted = 0;
			try (ResultSet rows = select.executeQuery()) {
				UUID current = null;
				Long response = null;
				while (rows.next()) {
					UUID of = rows.getObject(1, UUID.class);
					if (!of.equals(current)) {
						current = of;
						// Null: a response of another workspace in the same range of ids.
						response = responses.get(of);
					}
					if (response == null) {
						continue;
					}
					int line = reader.line((int) (response >>> 32), rows.getString(2), rows.getString(3),
							rows.getString(4));
					long key = (long) line << 32 | (response & 0xFFFF_FFFFL);
					int[] scores = reader.counts.get(key);
					if (scores == null) {
						scores = new int[ScoreRollups.MAX_SCORE + 1];
						reader.counts.put(key, scores);
					}
					scores[rows.getInt(5)]++;
					counted++;
				}
			}
			tally.answers.addAndGet(counted);
		}
	}
}
