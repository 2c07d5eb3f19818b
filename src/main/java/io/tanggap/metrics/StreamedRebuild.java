package io.tanggap.metrics;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

/**
 * A rebuild of one workspace's rollups from its raw answers. The workspace's responses are cut into
 * ranges of response ids (ids are time-ordered, so a range is a stretch of time), which a
 * {@link RebuildCounter} counts by line and local day: on H2 the service reads each range's
 * responses and answers in key order and counts them itself (H2 would join row by row through the
 * index); on PostgreSQL the database joins and groups each range and sends its rows by line and
 * day ({@link #GROUPED_BY_POSTGRES}). When the rebuild's transaction has written nothing the counts
 * depend on, several connections count ranges at once; otherwise the rebuild's own connection
 * counts them all. The rebuild's transaction then adds the lines there are none of yet, removes the
 * workspace's rows and writes the counted rows in key order (PostgreSQL: {@code COPY}; H2: batched
 * inserts), so nothing is written before everything is counted.
 */
final class StreamedRebuild {

	/** About this many responses per range: a range's table of responses stays a few megabytes. */
	static final int RESPONSES_PER_RANGE = 100_000;
	/**
	 * On PostgreSQL, whether the database joins and groups each range: at ten million responses it
	 * counted them in 60 s, against 104 s for reading every answer into the service (at a million,
	 * 20 s against 14 s); docs/benchmarks.md.
	 */
	static final boolean GROUPED_BY_POSTGRES = true;
	private static final int INSERTS_PER_BATCH = 1_000;
	private static final String INSERT = "INSERT INTO score_rollup (line_id, local_day, " + ScoreRollups.COUNTS
			+ ") VALUES (" + "?, ".repeat(ScoreRollups.MAX_SCORE + 2) + "?)";

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StreamedRebuild.class);

	private final JdbcTemplate jdbc;
	private final DataSource dataSource;
	private final RollupLineIds lineIds;
	private final int connections;
	private final int responsesPerRange;
	private final boolean groupedByPostgres;

	/**
	 * @param groupedByPostgres on PostgreSQL, whether each range is joined and grouped by the database
	 * (rows by line and day come back) instead of read and counted here (every answer comes back)
	 */
	StreamedRebuild(JdbcTemplate jdbc, DataSource dataSource, RollupLineIds lineIds, int connections, int responsesPerRange,
			boolean groupedByPostgres) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.lineIds = lineIds;
		this.connections = connections;
		this.responsesPerRange = responsesPerRange;
		this.groupedByPostgres = groupedByPostgres;
	}

	/**
	 * @param alone whether the calling transaction has written nothing the counts depend on, so that
	 * other connections may count (they see only what is committed)
	 */
	void run(WorkspaceId workspace, ZoneId zone, boolean postgres, boolean alone) {
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
			String offset = null;
			if (postgres && groupedByPostgres) {
				var times = jdbc.queryForMap("SELECT MIN(submitted_at) AS first, MAX(submitted_at) AS last "
						+ "FROM survey_response WHERE workspace_id = ?", id);
				offset = offset(zone, instant(times.get("first")), instant(times.get("last")).plusSeconds(1));
			}
			RebuildCounter counter = new RebuildCounter(id, zone, offset, !postgres, bounds, tally);
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
	 * @return the zone's offset in seconds from {@code from} to {@code to} as SQL: a number, or a CASE
	 * on the answer's instant (with the instants as literals, so that the expression in GROUP BY is
	 * the same as in the select list); the offsets come from Java's zone rules, as when a response is
	 * counted, so that both agree on every rule
	 */
	static String offset(ZoneId zone, java.time.Instant from, java.time.Instant to) {
		var rules = zone.getRules();
		StringBuilder sql = new StringBuilder();
		java.time.Instant at = from;
		for (var change = rules.nextTransition(at); change != null && change.getInstant().isBefore(to);
				change = rules.nextTransition(change.getInstant())) {
			sql.append(sql.isEmpty() ? "CASE" : "").append(" WHEN r.submitted_at < TIMESTAMP WITH TIME ZONE '")
				.append(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ssxxx")
					.format(change.getInstant().atOffset(java.time.ZoneOffset.UTC)))
				.append("' THEN ").append(rules.getOffset(at).getTotalSeconds());
			at = change.getInstant();
		}
		int after = rules.getOffset(at).getTotalSeconds();
		return sql.isEmpty() ? String.valueOf(after) : sql.append(" ELSE ").append(after).append(" END").toString();
	}

	private static java.time.Instant instant(Object value) {
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant();
		}
		throw new IllegalStateException("Not a time: " + value.getClass());
	}

	/**
	 * Replaces the workspace's rollups with the tally, in the caller's transaction: adds the lines
	 * there are none of yet, removes the workspace's rows, and writes the new ones in key order.
	 */
	private int write(UUID workspace, RebuildTally tally, boolean postgres) {
		Map<Long, int[]> counts = tally.summed();
		Map<RollupLineIds.Line, Integer> ids = lineIds.idsOfWorkspace(workspace, tally.lines, postgres);
		int[] idOf = new int[tally.lines.size()];
		Map<Integer, Integer> numberOf = new HashMap<>();
		for (int n = 0; n < idOf.length; n++) {
			idOf[n] = ids.get(tally.lines.get(n));
			numberOf.put(idOf[n], n);
		}
		// Keys by the table's line number and day, sorted: the order of the primary key.
		long[] keys = new long[counts.size()];
		int k = 0;
		for (long key : counts.keySet()) {
			keys[k++] = (long) idOf[(int) (key >>> 32)] << 32 | (key & 0xFFFF_FFFFL);
		}
		Arrays.sort(keys);
		jdbc.update("DELETE FROM score_rollup WHERE " + ScoreRollups.OF_WORKSPACE, workspace);
		RowSource rows = new RowSource(keys, counts, numberOf);
		if (postgres) {
			jdbc.execute((ConnectionCallback<Long>) connection -> copy(connection, rows));
		}
		else {
			List<Object[]> batch = new ArrayList<>(INSERTS_PER_BATCH);
			for (int i = 0; i < keys.length; i++) {
				batch.add(rows.values(i));
				if (batch.size() == INSERTS_PER_BATCH || i == keys.length - 1) {
					jdbc.batchUpdate(INSERT, batch);
					batch.clear();
				}
			}
		}
		return keys.length;
	}

	/** The rows to write, by position in the sorted keys. */
	private record RowSource(long[] keys, Map<Long, int[]> counts, Map<Integer, Integer> numberOf) {

		int[] scores(int i) {
			long key = keys[i];
			long tallied = (long) numberOf.get((int) (key >>> 32)) << 32 | (key & 0xFFFF_FFFFL);
			return counts.get(tallied);
		}

		Object[] values(int i) {
			Object[] values = new Object[2 + ScoreRollups.MAX_SCORE + 1];
			values[0] = (int) (keys[i] >>> 32);
			values[1] = java.sql.Date.valueOf(LocalDate.ofEpochDay((int) keys[i]));
			int[] scores = scores(i);
			for (int s = 0; s < scores.length; s++) {
				values[2 + s] = scores[s];
			}
			return values;
		}
	}

	/** Writes the rows with PostgreSQL's {@code COPY}, a few hundred kilobytes at a time. */
	private static long copy(Connection connection, RowSource rows) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
			.copyIn("COPY score_rollup (line_id, local_day, " + ScoreRollups.COUNTS + ") FROM STDIN");
		try {
			StringBuilder text = new StringBuilder(1 << 19);
			for (int i = 0; i < rows.keys().length; i++) {
				text.append((int) (rows.keys()[i] >>> 32)).append('\t').append(LocalDate.ofEpochDay((int) rows.keys()[i]));
				for (int score : rows.scores(i)) {
					text.append('\t').append(score);
				}
				text.append('\n');
				if (text.length() > (1 << 19) - 256 || i == rows.keys().length - 1) {
					byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
					copy.writeToCopy(bytes, 0, bytes.length);
					text.setLength(0);
				}
			}
			return copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}
}
