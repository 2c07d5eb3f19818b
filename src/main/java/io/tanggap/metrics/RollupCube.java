package io.tanggap.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.tanggap.metrics.CellTotals.CellQuery;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.QuestionType;

/**
 * The NPS, CSAT and CES rollups of each workspace held in memory, so that a dashboard query sums
 * arrays instead of reading rows ({@link RollupLines}: one line per survey, question, channel, branch
 * and touchpoint, and per line and month the running count of each score by day, so that any run of
 * days within a month is one subtraction per score).
 *
 * <p>A workspace's lines are read from {@code score_rollup} on first use and then kept in step by
 * {@link RollupRecorder}, which hands over the counts of each committed transaction. A writer holds
 * {@link #committing()} from just before its commit until it has handed its counts over, and a
 * load starts its statement while no writer is in between: every commit is then either in what the
 * statement reads or handed over after it (and queued until the load ends), never both and never
 * neither. A rebuild or a commit whose outcome is unknown drops the workspace's lines, and the next
 * query reads them again.
 *
 * <p>The counts a node holds are only right if every write goes through this node: with several
 * nodes on one database, {@code tanggap.metrics.memory-cube=false} makes every query read the
 * rollup table instead (see docs/architecture.md).
 */
@Component
class RollupCube {

	private static final Logger LOG = LoggerFactory.getLogger(RollupCube.class);
	private static final String LOAD = "SELECT l.survey_id, l.question_id, l.type, l.role, l.channel, l.branch_key, "
			+ "l.touchpoint, r.local_day, r.n0, r.n1, r.n2, r.n3, r.n4, r.n5, r.n6, r.n7, r.n8, r.n9, r.n10 "
			+ "FROM score_rollup_line l JOIN score_rollup r ON r.line_id = l.id "
			+ "WHERE l.workspace_id = ? AND l.role IN ('NPS', 'CSAT', 'CES')";

	private enum State {
		ABSENT, LOADING, READY
	}

	private final DataSource dataSource;
	private final boolean enabled;
	private final ReentrantReadWriteLock commits = new ReentrantReadWriteLock();
	private final Map<WorkspaceId, Holder> holders = new ConcurrentHashMap<>();

	RollupCube(DataSource dataSource, @Value("${tanggap.metrics.memory-cube:true}") boolean enabled) {
		this.dataSource = dataSource;
		this.enabled = enabled;
	}

	/**
	 * Sums the cells a query asks for into {@code totals}.
	 * @return false, with nothing added, when the cube is off or cannot be read now (the caller then
	 * reads the rollup table)
	 */
	boolean sum(WorkspaceId workspace, CellQuery query, CellTotals totals) {
		if (!enabled) {
			return false;
		}
		Holder holder = holders.computeIfAbsent(workspace, w -> new Holder());
		for (int attempt = 0; attempt < 3; attempt++) {
			holder.data.readLock().lock();
			try {
				if (holder.state == State.READY) {
					holder.lines.sum(query, totals);
					return true;
				}
			}
			finally {
				holder.data.readLock().unlock();
			}
			if (!load(workspace, holder)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Called by a writer just before it commits counts to the rollup table; {@link #committed} must
	 * follow, and in between the writer must wait for nothing but the commit (every load waits for it).
	 */
	void committing() {
		if (enabled) {
			commits.readLock().lock();
		}
	}

	/**
	 * Called by a writer after {@link #committing()} once the commit has ended.
	 * @param counts what it added to the rollup table, to add here if it committed
	 * @param outcome committed, rolled back or unknown
	 */
	void committed(Map<RollupKey, Long> counts, Outcome outcome) {
		if (!enabled) {
			return;
		}
		try {
			Map<UUID, Map<RollupKey, Long>> byWorkspace = new HashMap<>();
			counts.forEach((key, count) -> byWorkspace.computeIfAbsent(key.workspace(), w -> new HashMap<>()).put(key, count));
			byWorkspace.forEach((workspace, own) -> {
				switch (outcome) {
					case COMMITTED -> handOver(new WorkspaceId(workspace), own);
					case UNKNOWN -> forget(new WorkspaceId(workspace));
					case ROLLED_BACK -> {
					}
				}
			});
		}
		finally {
			commits.readLock().unlock();
		}
	}

	enum Outcome {
		COMMITTED, ROLLED_BACK, UNKNOWN
	}

	/** Drops a workspace's lines (after a rebuild); the next query reads them again. */
	void forget(WorkspaceId workspace) {
		Holder holder = holders.get(workspace);
		if (holder == null) {
			return;
		}
		holder.data.writeLock().lock();
		try {
			holder.generation++;
			holder.state = State.ABSENT;
			holder.lines = null;
			holder.queued = null;
		}
		finally {
			holder.data.writeLock().unlock();
		}
	}

	/** Reads the lines of every workspace with rollups, so that the first dashboard after a start is quick. */
	void loadAll() {
		if (!enabled) {
			return;
		}
		List<UUID> workspaces = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				ResultSet rs = connection.createStatement().executeQuery("SELECT DISTINCT workspace_id FROM score_rollup_line")) {
			while (rs.next()) {
				workspaces.add(rs.getObject(1, UUID.class));
			}
		}
		catch (SQLException e) {
			LOG.warn("Could not list the workspaces to load into the metrics cube: {}", e.getMessage());
			return;
		}
		for (UUID workspace : workspaces) {
			load(new WorkspaceId(workspace), holders.computeIfAbsent(new WorkspaceId(workspace), w -> new Holder()));
		}
	}

	private void handOver(WorkspaceId workspace, Map<RollupKey, Long> counts) {
		Holder holder = holders.get(workspace);
		if (holder == null) {
			return;
		}
		holder.data.writeLock().lock();
		try {
			switch (holder.state) {
				case READY -> counts.forEach(holder.lines::add);
				case LOADING -> holder.queued.add(counts);
				case ABSENT -> {
				}
			}
		}
		finally {
			holder.data.writeLock().unlock();
		}
	}

	/** @return whether the lines were read (or another thread read them meanwhile) */
	private boolean load(WorkspaceId workspace, Holder holder) {
		if (commits.getReadHoldCount() > 0) {
			// This thread is between a commit and its hand-over: waiting for all writers would wait for itself.
			return false;
		}
		synchronized (holder) {
			if (holder.state == State.READY) {
				return true;
			}
			long generation;
			long start = System.nanoTime();
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				PreparedStatement statement = connection.prepareStatement(LOAD);
				statement.setFetchSize(10_000);
				statement.setObject(1, workspace.value());
				ResultSet rs;
				commits.writeLock().lock();
				try {
					holder.data.writeLock().lock();
					try {
						generation = holder.generation;
						holder.state = State.LOADING;
						holder.queued = new ArrayList<>();
					}
					finally {
						holder.data.writeLock().unlock();
					}
					rs = statement.executeQuery();
				}
				finally {
					commits.writeLock().unlock();
				}
				RollupLines lines = new RollupLines();
				long rows = 0;
				while (rs.next()) {
					QuestionType type = QuestionType.valueOf(rs.getString(3));
					UUID survey = rs.getObject(1, UUID.class);
					UUID branch = rs.getObject(6, UUID.class);
					LocalDate day = rs.getObject(8, LocalDate.class);
					for (int score = type.min(); score <= type.max(); score++) {
						long answers = rs.getLong(9 + score);
						if (answers != 0) {
							lines.add(survey, rs.getString(2), type, rs.getString(4), rs.getString(5), branch, rs.getString(7),
									day, score, answers);
						}
					}
					rows++;
				}
				rs.close();
				statement.close();
				connection.commit();
				holder.data.writeLock().lock();
				try {
					if (holder.generation != generation || holder.state != State.LOADING) {
						return true;
					}
					holder.queued.forEach(counts -> counts.forEach(lines::add));
					holder.queued = null;
					holder.lines = lines;
					holder.state = State.READY;
				}
				finally {
					holder.data.writeLock().unlock();
				}
				LOG.info("Metrics cube of workspace {}: {} rows in {} lines read in {} ms", workspace.value(), rows,
						lines.size(), (System.nanoTime() - start) / 1_000_000);
				return true;
			}
			catch (SQLException | RuntimeException e) {
				LOG.warn("Could not read the rollups of workspace {} into memory: {}", workspace.value(), e.toString());
				forget(workspace);
				return false;
			}
		}
	}

	/** One workspace's lines and how far they are. */
	private static final class Holder {

		final ReentrantReadWriteLock data = new ReentrantReadWriteLock();
		State state = State.ABSENT;
		/** Counts up on every {@link RollupCube#forget}, so that a load that began before it is not kept. */
		long generation;
		RollupLines lines;
		List<Map<RollupKey, Long>> queued;
	}
}
