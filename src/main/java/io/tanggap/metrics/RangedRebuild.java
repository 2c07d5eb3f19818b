package io.tanggap.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.tanggap.shared.WorkspaceId;

/**
 * A rebuild of one workspace's rollups on PostgreSQL, by ranges of response ids. Each range is
 * counted by one {@code INSERT … SELECT … GROUP BY} into {@code score_rollup_rebuild}: a range's
 * responses and their answers are read through their primary keys (answers lie next to their
 * response, and ids grow with time), joined and grouped in memory, so no statement spills to disk.
 * When the rebuild's transaction has written nothing the counts depend on, several connections
 * count ranges at once (PostgreSQL 14 runs no {@code INSERT … SELECT} in parallel by itself); the
 * rebuild's own transaction then replaces the workspace's rollups with the sums of the ranges.
 */
final class RangedRebuild {

	/** About this many responses per range: a range's join and grouping fit in a few megabytes. */
	static final int RESPONSES_PER_RANGE = 100_000;
	/** The share of pages (in per cent) whose ids place the ranges' bounds (their quantiles). */
	static final int SAMPLE_PERCENT = 1;

	/**
	 * How a range's statement is to be run: the planner cannot tell how many answers an id range
	 * holds (it guesses one) and would look up each answer's response by index and sort them all
	 * by their keys on disk; instead both primary keys are read in order (a merge join) and the
	 * groups are hashed in memory.
	 */
	private static final java.util.Map<String, String> PLANNED = java.util.Map.of("work_mem", "'64MB'",
			"enable_nestloop", "off", "enable_sort", "off");

	private final JdbcTemplate jdbc;
	private final java.util.function.Consumer<UUID> replace;
	private final DataSource dataSource;
	private final int connections;
	private final int responsesPerRange;
	private final int samplePercent;

	/**
	 * @param replace replaces a workspace's rollups with the sums of what was gathered, in the
	 * rebuild's transaction ({@link ScoreRollups#replaceWithGathered})
	 */
	RangedRebuild(JdbcTemplate jdbc, java.util.function.Consumer<UUID> replace, DataSource dataSource, int connections,
			int responsesPerRange, int samplePercent) {
		this.jdbc = jdbc;
		this.replace = replace;
		this.dataSource = dataSource;
		this.connections = connections;
		this.responsesPerRange = responsesPerRange;
		this.samplePercent = samplePercent;
	}

	/**
	 * @param alone whether the calling transaction has written nothing the counts depend on, so that
	 * other connections may count (they see only what is committed)
	 */
	void run(WorkspaceId workspace, ZoneId zone, boolean alone) {
		UUID id = workspace.value();
		boolean parallel = alone && connections > 1;
		if (parallel) {
			removeGathered(id);
		}
		else {
			jdbc.update("DELETE FROM score_rollup_rebuild WHERE workspace_id = ?", id);
		}
		try {
			var times = jdbc.queryForMap("SELECT MIN(submitted_at) AS first, MAX(submitted_at) AS last "
					+ "FROM survey_response WHERE workspace_id = ?", id);
			if (times.get("first") != null) {
				Instant first = ScoreRollups.instant(times.get("first"));
				Instant last = ScoreRollups.instant(times.get("last")).plusSeconds(1);
				String offset = ScoreRollups.offset(zone, first, last);
				List<UUID[]> ranges = ranges(id);
				if (parallel) {
					countAtOnce(offset, id, ranges);
				}
				else {
					PLANNED.forEach((name, value) -> jdbc.execute("SET LOCAL " + name + " = " + value));
					for (UUID[] range : ranges) {
						jdbc.update(countInto(offset, range), parameters(id, range));
					}
					PLANNED.keySet().forEach(name -> jdbc.execute("SET LOCAL " + name + " = DEFAULT"));
				}
			}
			replace.accept(id);
		}
		catch (RuntimeException e) {
			if (parallel) {
				removeGathered(id);
			}
			throw e;
		}
	}

	/** The statement that counts one range; its parameters: {@link #parameters}. */
	private static String countInto(String offset, UUID[] range) {
		String day = "CAST((r.submitted_at + INTERVAL '1 second' * " + offset + ") AT TIME ZONE 'UTC' AS DATE)";
		return "INSERT INTO score_rollup_rebuild (" + ScoreRollups.KEY + ", " + ScoreRollups.COUNTS + ") "
				+ "SELECT CAST(? AS UUID), " + day + ", r.survey_id, a.question_id, a.type, a.role, r.channel, "
				+ "COALESCE(r.branch_id, '" + RollupKey.NO_BRANCH + "'), COALESCE(r.touchpoint, ''), "
				+ ScoreRollups.COUNT_EACH_SCORE + " FROM survey_response r JOIN answer a ON a.response_id = r.id "
				+ "WHERE r.workspace_id = ? AND r.id >= ? AND a.response_id >= ? "
				+ (range[1] == null ? "" : "AND r.id < ? AND a.response_id < ? ")
				+ "AND a.score BETWEEN 0 AND " + ScoreRollups.MAX_SCORE + " AND a.type IN (" + ScoreRollups.SCORED_TYPES + ") "
				+ "GROUP BY " + day + ", r.survey_id, a.question_id, a.type, a.role, r.channel, r.branch_id, r.touchpoint";
	}

	private static Object[] parameters(UUID workspace, UUID[] range) {
		return range[1] == null ? new Object[] { workspace, workspace, range[0], range[0] }
				: new Object[] { workspace, workspace, range[0], range[0], range[1], range[1] };
	}

	/**
	 * @return ranges [from, to) of ids that together hold every id, each with about
	 * {@code responsesPerRange} of the workspace's responses, placed by a sample of its ids
	 */
	private List<UUID[]> ranges(UUID workspace) {
		List<UUID> sample = jdbc.queryForList("SELECT id FROM survey_response TABLESAMPLE SYSTEM (" + samplePercent
				+ ") REPEATABLE (1) WHERE workspace_id = ? ORDER BY id", UUID.class, workspace);
		int step = Math.max(1, responsesPerRange * samplePercent / 100);
		List<UUID[]> ranges = new ArrayList<>();
		UUID from = new UUID(0, 0);
		for (int i = step; i < sample.size(); i += step) {
			ranges.add(new UUID[] { from, sample.get(i) });
			from = sample.get(i);
		}
		// The last range is closed by the greatest id there is; it and the first hold whatever the sample missed.
		ranges.add(new UUID[] { from, null });
		return ranges;
	}

	private void countAtOnce(String offset, UUID workspace, List<UUID[]> ranges) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(connections, ranges.size()), runnable -> {
			Thread thread = new Thread(runnable, "rollups-rebuild");
			thread.setDaemon(true);
			return thread;
		});
		try {
			AtomicInteger next = new AtomicInteger();
			List<Future<Void>> counting = new ArrayList<>();
			for (int c = 0; c < Math.min(connections, ranges.size()); c++) {
				counting.add(pool.submit(() -> {
					try (Connection connection = dataSource.getConnection()) {
						connection.setAutoCommit(false);
						try (Statement settings = connection.createStatement()) {
							for (int r = next.getAndIncrement(); r < ranges.size(); r = next.getAndIncrement()) {
								for (var setting : PLANNED.entrySet()) {
									settings.execute("SET LOCAL " + setting.getKey() + " = " + setting.getValue());
								}
								try (PreparedStatement statement = connection
									.prepareStatement(countInto(offset, ranges.get(r)))) {
									Object[] values = parameters(workspace, ranges.get(r));
									for (int p = 0; p < values.length; p++) {
										statement.setObject(p + 1, values[p]);
									}
									statement.executeUpdate();
								}
								connection.commit();
							}
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
				throw new org.springframework.dao.DataAccessResourceFailureException("counting the rollups failed", failed);
			}
			throw new IllegalStateException("counting the rollups failed", e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Removes what an earlier or failed rebuild of the workspace gathered, committed at once. */
	private void removeGathered(UUID workspace) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement(
						"DELETE FROM score_rollup_rebuild WHERE workspace_id = ?")) {
			delete.setObject(1, workspace);
			delete.executeUpdate();
		}
		catch (SQLException e) {
			throw new org.springframework.dao.DataAccessResourceFailureException("could not clear the rebuild's counts", e);
		}
	}
}
