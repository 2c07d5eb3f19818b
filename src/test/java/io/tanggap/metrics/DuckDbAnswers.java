package io.tanggap.metrics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The benchmark's raw answers again, in an in-memory DuckDB: one row per scored answer with its
 * response's time and dimensions (table {@code answer_fact}), the layout a column store answers
 * fastest, since no join is left to do. Filled through DuckDB's appender as the responses are
 * generated.
 */
final class DuckDbAnswers implements AutoCloseable {

	private final DuckDBConnection connection;
	private DuckDBAppender appender;
	private long nanos;

	DuckDbAnswers() throws SQLException {
		connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					CREATE TABLE answer_fact (submitted_at TIMESTAMPTZ NOT NULL, channel VARCHAR NOT NULL, branch_id UUID,
					  touchpoint VARCHAR, question_id VARCHAR NOT NULL, type VARCHAR NOT NULL, role VARCHAR NOT NULL,
					  score INTEGER NOT NULL)""");
		}
		appender = connection.createAppender("answer_fact");
	}

	void add(ResponseGenerator.Generated response) throws SQLException {
		long start = System.nanoTime();
		long micros = response.submittedAt().getEpochSecond() * 1_000_000 + response.submittedAt().getNano() / 1000;
		for (BenchSurvey.Asked asked : BenchSurvey.QUESTIONS) {
			int score = asked.score(response);
			if (score != ResponseGenerator.SKIPPED) {
				appender.beginRow().appendEpochMicros(micros).append(response.channel().name()).append(response.branch())
					.append(response.touchpoint()).append(asked.id()).append(asked.type().name())
					.append(asked.role().name()).append(score).endRow();
			}
		}
		nanos += System.nanoTime() - start;
	}

	/** Ends loading: what the appender holds is written. */
	void loaded() throws SQLException {
		long start = System.nanoTime();
		appender.close();
		appender = null;
		nanos += System.nanoTime() - start;
	}

	/** @return time spent loading, in seconds */
	double seconds() {
		return nanos / 1e9;
	}

	Connection connection() {
		return connection;
	}

	@Override
	public void close() throws SQLException {
		if (appender != null) {
			appender.close();
		}
		connection.close();
	}
}
