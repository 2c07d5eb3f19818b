package io.tanggap.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Writes generated responses straight into the service's tables {@code survey_response} and
 * {@code answer}, as the service stores them (time-ordered version 7 ids, one answer row per
 * answered question, the scores by question beside each response as {@code ScoresByQuestion} writes
 * them), but without events: the rollups are left for a rebuild. Rows go in multi-row
 * INSERT statements, one transaction per {@link #PER_COMMIT} responses; only those are held.
 */
final class ServiceDatabaseRows implements AutoCloseable {

	static final int PER_COMMIT = 10_000;
	private static final int RESPONSES_PER_STATEMENT = 50;
	private static final int ANSWERS_PER_STATEMENT = 100;
	private static final String RESPONSE_COLUMNS = "id, workspace_id, survey_id, survey_version, idempotency_key, "
			+ "channel, branch_id, touchpoint, language, submitted_at, received_at, scores";
	private static final String ANSWER_COLUMNS = "response_id, question_id, type, role, score, scale_min, scale_max";

	private final TimeBasedEpochGenerator ids = Generators.timeBasedEpochGenerator();
	private final Connection connection;
	private final UUID workspace;
	private final UUID survey;
	private final List<Object[]> responses = new ArrayList<>();
	private final List<Object[]> answers = new ArrayList<>();
	private long answersWritten;
	private long nanos;

	ServiceDatabaseRows(DataSource dataSource, UUID workspace, UUID survey) throws SQLException {
		this.connection = dataSource.getConnection();
		this.connection.setAutoCommit(false);
		this.workspace = workspace;
		this.survey = survey;
	}

	void add(ResponseGenerator.Generated response) throws SQLException {
		long start = System.nanoTime();
		UUID id = ids.generate();
		OffsetDateTime at = response.submittedAt().atOffset(ZoneOffset.UTC);
		StringBuilder scores = new StringBuilder(BenchSurvey.QUESTIONS.size());
		for (BenchSurvey.Asked asked : BenchSurvey.QUESTIONS) {
			int score = asked.score(response);
			if (score != ResponseGenerator.SKIPPED) {
				answers.add(new Object[] { id, asked.id(), asked.type().name(), asked.role().name(), score,
						asked.type().min(), asked.type().max() });
			}
			scores.append(score == ResponseGenerator.SKIPPED ? '-' : Character.forDigit(score, 11));
		}
		responses.add(new Object[] { id, workspace, survey, 1, id.toString(), response.channel().name(), response.branch(),
				response.touchpoint(), response.language(), at, at, scores.toString() });
		if (responses.size() == PER_COMMIT) {
			flush();
		}
		nanos += System.nanoTime() - start;
	}

	/** @return answer rows written so far */
	long answers() {
		return answersWritten;
	}

	/** @return time spent writing, in seconds */
	double seconds() {
		return nanos / 1e9;
	}

	private void flush() throws SQLException {
		insert("survey_response", RESPONSE_COLUMNS, 12, RESPONSES_PER_STATEMENT, responses);
		insert("answer", ANSWER_COLUMNS, 7, ANSWERS_PER_STATEMENT, answers);
		connection.commit();
		answersWritten += answers.size();
		responses.clear();
		answers.clear();
	}

	private void insert(String table, String columns, int width, int perStatement, List<Object[]> rows)
			throws SQLException {
		String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
		PreparedStatement full = null;
		try {
			for (int from = 0; from < rows.size(); from += perStatement) {
				int count = Math.min(perStatement, rows.size() - from);
				PreparedStatement statement = count == perStatement && full != null ? full
						: connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES "
								+ String.join(", ", Collections.nCopies(count, row)));
				int parameter = 1;
				for (Object[] values : rows.subList(from, from + count)) {
					for (Object value : values) {
						statement.setObject(parameter++, value);
					}
				}
				statement.executeUpdate();
				if (count == perStatement) {
					full = statement;
				}
				else {
					statement.close();
				}
			}
		}
		finally {
			if (full != null) {
				full.close();
			}
		}
	}

	@Override
	public void close() throws SQLException {
		if (connection.isClosed()) {
			return;
		}
		long start = System.nanoTime();
		try {
			if (!responses.isEmpty()) {
				flush();
			}
		}
		finally {
			connection.setAutoCommit(true);
			connection.close();
			nanos += System.nanoTime() - start;
		}
	}
}
