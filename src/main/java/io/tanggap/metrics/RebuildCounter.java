package io.tanggap.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.tanggap.survey.Question;
import io.tanggap.survey.ScoresByQuestion;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;

/**
 * Counts a rebuild's ranges of response ids into a {@link RebuildTally}, taking the next range not
 * yet taken, on whichever connection calls {@link #countAll}: several connections at once, or the
 * rebuild's own. A range's responses are read in one pass; a response with its scores written
 * beside it ({@link ScoresByQuestion}) is counted from that row alone, with its version's questions.
 * Only when a range has responses without them (stored before they were written, or whose version
 * is unknown) are the range's answer rows read as well, in key order, for those responses.
 */
final class RebuildCounter {

	private static final int FETCH = 10_000;
	private static final String RESPONSES = "SELECT id, survey_id, survey_version, submitted_at, channel, branch_id, "
			+ "touchpoint, scores FROM survey_response";
	private static final String OF_RANGE = " WHERE workspace_id = ? AND id >= ?";
	/** The questions of a version that is not published: a survey has at least one. */
	private static final int[] NO_QUESTIONS = new int[0];
	private static final String ANSWERS = "SELECT response_id, question_id, type, role, score FROM answer "
			+ "WHERE response_id >= ?";
	private static final String SCORED = " AND score BETWEEN 0 AND " + ScoreRollups.MAX_SCORE + " AND type IN ("
			+ ScoreRollups.SCORED_TYPES + ") ORDER BY response_id";

	private final UUID workspace;
	private final ZoneId zone;
	/**
	 * On H2, the name of the responses' primary key index, which each range is read by (H2 would
	 * read the workspace's index and filter all its responses, in every range); null on PostgreSQL,
	 * which reads by the primary key by itself.
	 */
	private final String h2PrimaryKey;
	private final List<UUID> bounds;
	/** The published versions of the workspace's surveys: what each position of a response's scores is. */
	private final Map<SurveyId, Map<Integer, SurveyDefinition>> versions;
	private final RebuildTally tally;
	private final AtomicInteger next = new AtomicInteger();

	RebuildCounter(UUID workspace, ZoneId zone, String h2PrimaryKey, List<UUID> bounds,
			Map<SurveyId, Map<Integer, SurveyDefinition>> versions, RebuildTally tally) {
		this.workspace = workspace;
		this.zone = zone;
		this.h2PrimaryKey = h2PrimaryKey;
		this.bounds = bounds;
		this.versions = versions;
		this.tally = tally;
	}

	int ranges() {
		return bounds.size() - 1;
	}

	/** A response's part of a line's key (survey, channel, branch, touchpoint). */
	private record Source(UUID survey, String channel, UUID branch, String touchpoint) {
	}

	/** An answer's part of a line's key. */
	private record AnswerKey(String question, String type, String role) {
	}

	/** A version of a survey. */
	private record Version(UUID survey, int number) {
	}

	/** This connection's own numbering of sources and questions, and its counts. */
	private final class Reader {

		final Map<Source, Integer> sources = new HashMap<>();
		final List<Source> sourceList = new ArrayList<>();
		final Map<AnswerKey, Integer> questions = new HashMap<>();
		final List<AnswerKey> questionList = new ArrayList<>();
		/** By version: the number of each position's question, -1 for one that is not scored. */
		final Map<Version, int[]> positions = new HashMap<>();
		/** [source][question] → the tally's line number + 1 (0: not seen yet). */
		int[][] lineOf = new int[16][];
		final RebuildTally.DayCounts counts = tally.newCounts();

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

		int question(String question, String type, String role) {
			AnswerKey key = new AnswerKey(question, type, role);
			Integer q = questions.get(key);
			if (q == null) {
				q = questionList.size();
				questionList.add(key);
				questions.put(key, q);
			}
			return q;
		}

		/**
		 * @return the numbers of the version's questions by position; none for a version not published
		 * (no response's scores fit it, so its responses are counted from their answer rows)
		 */
		int[] positions(UUID survey, int number) {
			return positions.computeIfAbsent(new Version(survey, number), version -> {
				SurveyDefinition definition = versions.getOrDefault(new SurveyId(survey), Map.of()).get(number);
				if (definition == null) {
					return NO_QUESTIONS;
				}
				int[] numbers = new int[definition.questions().size()];
				for (int i = 0; i < numbers.length; i++) {
					Question q = definition.questions().get(i);
					numbers[i] = q.type().scored() ? question(q.id(), q.type().name(), q.role().name()) : -1;
				}
				return numbers;
			});
		}

		int line(int source, int q) {
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
				AnswerKey a = questionList.get(q);
				row[q] = 1 + tally.number(new RollupLineIds.Line(workspace, s.survey(), a.question(), a.type(), a.role(),
						s.channel(), s.branch(), s.touchpoint()));
			}
			return row[q] - 1;
		}
	}

	void countAll(Connection connection) throws SQLException {
		Reader reader = new Reader();
		if (h2PrimaryKey != null) {
			try (Statement set = connection.createStatement()) {
				// H2 otherwise computes a whole result before the first row, on disk past a limit.
				set.execute("SET LAZY_QUERY_EXECUTION TRUE");
			}
		}
		try {
			for (int r = next.getAndIncrement(); r < ranges(); r = next.getAndIncrement()) {
				count(connection, reader, bounds.get(r), bounds.get(r + 1));
			}
		}
		finally {
			if (h2PrimaryKey != null) {
				try (Statement set = connection.createStatement()) {
					set.execute("SET LAZY_QUERY_EXECUTION FALSE");
				}
			}
		}
	}

	private void count(Connection connection, Reader reader, UUID from, UUID to) throws SQLException {
		// The range's responses without their scores beside them: id → (source << 32 | local epoch day).
		Map<UUID, Long> withoutScores = new HashMap<>();
		long counted = 0;
		String sql = RESPONSES + (h2PrimaryKey == null ? "" : " USE INDEX (\"" + h2PrimaryKey + "\")") + OF_RANGE
				+ (to == null ? "" : " AND id < ?");
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setObject(1, workspace);
			select.setObject(2, from);
			if (to != null) {
				select.setObject(3, to);
			}
			select.setFetchSize(FETCH);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					UUID survey = rows.getObject(2, UUID.class);
					long day = rows.getObject(4, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate().toEpochDay();
					int source = reader.source(survey, rows.getString(5), rows.getObject(6, UUID.class), rows.getString(7));
					String scores = rows.getString(8);
					int[] questions = scores == null ? NO_QUESTIONS : reader.positions(survey, rows.getInt(3));
					if (questions.length == 0 || questions.length != scores.length()) {
						withoutScores.put(rows.getObject(1, UUID.class), (long) source << 32 | (day & 0xFFFF_FFFFL));
						continue;
					}
					for (int i = 0; i < questions.length; i++) {
						int score = ScoresByQuestion.score(scores, i);
						if (score != ScoresByQuestion.NONE && questions[i] >= 0) {
							reader.counts.add(reader.line(source, questions[i]), day, score);
							counted++;
						}
					}
				}
			}
		}
		if (!withoutScores.isEmpty()) {
			counted += countAnswers(connection, reader, from, to, withoutScores);
		}
		tally.answers.addAndGet(counted);
	}

	/** Counts the scored answer rows of the range's responses in {@code responses}. */
	private static long countAnswers(Connection connection, Reader reader, UUID from, UUID to, Map<UUID, Long> responses)
			throws SQLException {
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
						// Null: a response with its scores beside it, or of another workspace.
						response = responses.get(of);
					}
					if (response == null) {
						continue;
					}
					int q = reader.question(rows.getString(2), rows.getString(3), rows.getString(4));
					reader.counts.add(reader.line((int) (response >>> 32), q), (int) (long) response, rows.getInt(5));
					counted++;
				}
			}
			return counted;
		}
	}
}
