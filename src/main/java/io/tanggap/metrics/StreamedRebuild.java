package io.tanggap.metrics;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;

/**
 * A rebuild of one workspace's rollups from its raw responses. The workspace's responses are cut
 * into ranges of response ids (ids are time-ordered, so a range is a stretch of time), which a
 * {@link RebuildCounter} counts by line and local day, from the scores written beside each
 * response (one row per response) or, for a response without them, from its answer rows. When the
 * rebuild's transaction has written nothing the counts depend on, several connections count ranges
 * at once; otherwise the rebuild's own connection counts them all. The rebuild's transaction then
 * adds the lines there are none of yet, removes the workspace's rows and writes the counted rows in
 * key order (PostgreSQL: {@code COPY}; H2: batched inserts), so nothing is written before everything
 * is counted.
 */
final class StreamedRebuild {

	/** About this many responses per range: a range's table of responses stays a few megabytes. */
	static final int RESPONSES_PER_RANGE = 100_000;
	private static final int INSERTS_PER_BATCH = 1_000;
	private static final String INSERT = "INSERT INTO score_rollup (line_id, local_day, " + ScoreRollups.COUNTS
			+ ") VALUES (" + "?, ".repeat(ScoreRollups.MAX_SCORE + 2) + "?)";

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StreamedRebuild.class);

	private final JdbcTemplate jdbc;
	private final DataSource dataSource;
	private final RollupLineIds lineIds;
	private final int connections;
	private final int responsesPerRange;

	StreamedRebuild(JdbcTemplate jdbc, DataSource dataSource, RollupLineIds lineIds, int connections, int responsesPerRange) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.lineIds = lineIds;
		this.connections = connections;
		this.responsesPerRange = responsesPerRange;
	}

	/**
	 * @param versions the published versions of the workspace's surveys
	 * @param alone whether the calling transaction has written nothing the counts depend on, so that
	 * other connections may count (they see only what is committed)
	 */
	void run(WorkspaceId workspace, ZoneId zone, Map<SurveyId, Map<Integer, SurveyDefinition>> versions, boolean postgres,
			boolean alone) {
		long start = System.nanoTime();
		UUID id = workspace.value();
		// PostgreSQL 14 has no MIN and MAX of a UUID.
		List<UUID> first = jdbc.queryForList("SELECT id FROM survey_response WHERE workspace_id = ? ORDER BY id "
				+ "FETCH FIRST 1 ROW ONLY", UUID.class, id);
		RebuildTally tally = new RebuildTally();
		if (!first.isEmpty()) {
			UUID last = jdbc.queryForObject("SELECT id FROM survey_response WHERE workspace_id = ? ORDER BY id DESC "
					+ "FETCH FIRST 1 ROW ONLY", UUID.class, id);
			long responses = jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE workspace_id = ?", Long.class, id);
			List<UUID> bounds = bounds(first.get(0), last, (int) Math.min(100_000, Math.max(1, responses / responsesPerRange)));
			String h2PrimaryKey = postgres ? null : jdbc.queryForObject("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
					+ "WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND UPPER(TABLE_NAME) = 'SURVEY_RESPONSE' AND INDEX_TYPE_NAME = 'PRIMARY KEY'",
					String.class);
			RebuildCounter counter = new RebuildCounter(id, zone, h2PrimaryKey, bounds, versions, tally);
			if (alone && connections > 1 && bounds.size() > 2) {
				countAtOnce(counter);
			}
			else {
				jdbc.execute((ConnectionCallback<Void>) connection -> {
					counter.countAll(connection);
					return null;
				});
			}
		}
		long counted = System.nanoTime();
		int rows = write(id, tally, postgres);
		LOG.info("Rollups of workspace {} rebuilt: {} answers counted in {} ms, {} rows written in {} ms", id,
				tally.answers(), (counted - start) / 1_000_000, rows, (System.nanoTime() - counted) / 1_000_000);
	}

	/**
	 * @return {@code count + 1} bounds from {@code first} to just past {@code last}, evenly spread
	 * over the ids' first 64 bits (a version 7 id's time); the last is {@code null}: no upper bound
	 */
	static List<UUID> bounds(UUID first, UUID last, int count) {
		List<UUID> bounds = new ArrayList<>(count + 1);
		bounds.add(first);
		long low = first.getMostSignificantBits();
		long span = last.getMostSignificantBits() - low;
		for (int i = 1; i < count; i++) {
			// Unsigned: both databases order ids by their bytes.
			long high = low + Long.divideUnsigned(span, count) * i;
			UUID bound = new UUID(high, 0);
			if (Long.compareUnsigned(high, bounds.get(bounds.size() - 1).getMostSignificantBits()) > 0) {
				bounds.add(bound);
			}
		}
		bounds.add(null);
		return bounds;
	}

	private void countAtOnce(RebuildCounter counter) {
		int threads = Math.min(connections, counter.ranges());
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "rollups-rebuild");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Void>> counting = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				counting.add(pool.submit(() -> {
					try (Connection connection = dataSource.getConnection()) {
						connection.setAutoCommit(false);
						try {
							counter.countAll(connection);
						}
						finally {
							connection.rollback();
							connection.setAutoCommit(true);
						}
					}
					return null;
				}));
			}
			for (Future<Void> done : counting) {
				done.get();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("the rollups' rebuild was interrupted", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof SQLException failed) {
				throw new DataAccessResourceFailureException("counting the rollups failed", failed);
			}
			throw new IllegalStateException("counting the rollups failed", e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Replaces the workspace's rollups with the tally, in the caller's transaction: adds the lines
	 * there are none of yet, removes the workspace's rows, and writes the new ones in key order.
	 * @return the rows written
	 */
	private int write(UUID workspace, RebuildTally tally, boolean postgres) {
		RebuildTally.DayCounts counts = tally.summed();
		Map<RollupLineIds.Line, Integer> ids = lineIds.idsOfWorkspace(workspace, tally.lines, postgres);
		// The tally's lines in the order of the table's line numbers: with each line's days in order,
		// the order of the primary key.
		int[][] byId = new int[tally.lines.size()][];
		for (int n = 0; n < byId.length; n++) {
			byId[n] = new int[] { ids.get(tally.lines.get(n)), n };
		}
		Arrays.sort(byId, (a, b) -> Integer.compare(a[0], b[0]));
		jdbc.update("DELETE FROM score_rollup WHERE " + ScoreRollups.OF_WORKSPACE, workspace);
		if (postgres) {
			return jdbc.execute((ConnectionCallback<Integer>) connection -> copy(connection, counts, byId));
		}
		List<Object[]> batch = new ArrayList<>(INSERTS_PER_BATCH);
		int[] written = { 0 };
		for (int[] line : byId) {
			counts.forEachDay(line[1], (day, scores, offset) -> {
				Object[] values = new Object[2 + ScoreRollups.MAX_SCORE + 1];
				values[0] = line[0];
				values[1] = java.sql.Date.valueOf(LocalDate.ofEpochDay(day));
				for (int s = 0; s <= ScoreRollups.MAX_SCORE; s++) {
					values[2 + s] = scores[offset + s];
				}
				batch.add(values);
				if (batch.size() == INSERTS_PER_BATCH) {
					jdbc.batchUpdate(INSERT, batch);
					written[0] += batch.size();
					batch.clear();
				}
			});
		}
		if (!batch.isEmpty()) {
			jdbc.batchUpdate(INSERT, batch);
			written[0] += batch.size();
		}
		return written[0];
	}

	/** Writes the rows with PostgreSQL's {@code COPY}, a few hundred kilobytes at a time. */
	private static int copy(Connection connection, RebuildTally.DayCounts counts, int[][] byId) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
			.copyIn("COPY score_rollup (line_id, local_day, " + ScoreRollups.COUNTS + ") FROM STDIN");
		try {
			StringBuilder text = new StringBuilder(1 << 19);
			for (int[] line : byId) {
				counts.forEachDay(line[1], (day, scores, offset) -> {
					text.append(line[0]).append('\t').append(LocalDate.ofEpochDay(day));
					for (int s = 0; s <= ScoreRollups.MAX_SCORE; s++) {
						text.append('\t').append(scores[offset + s]);
					}
					text.append('\n');
					if (text.length() > (1 << 19) - 256) {
						send(copy, text);
					}
				});
			}
			send(copy, text);
			return Math.toIntExact(copy.endCopy());
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static void send(CopyIn copy, StringBuilder text) {
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		try {
			copy.writeToCopy(bytes, 0, bytes.length);
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("writing the rollups failed", e);
		}
		text.setLength(0);
	}
}
