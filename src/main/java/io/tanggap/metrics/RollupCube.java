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
import io.tanggap.metrics.CellTotals.Group;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.QuestionType;

/**
 * The NPS, CSAT and CES rollups of each workspace held in memory, so that a dashboard query sums
 * arrays instead of reading rows: one line per (survey, question, channel, branch, touchpoint), and
 * per line and month the running count of each score by day. Any run of days within a month is then
 * one subtraction per score, so a query over a year costs each line about a dozen of them.
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
	private static final String LOAD = "SELECT survey_id, question_id, type, role, channel, branch_key, touchpoint, "
			+ "local_day, n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10 FROM score_rollup "
			+ "WHERE workspace_id = ? AND role IN ('NPS', 'CSAT', 'CES')";

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
				ResultSet rs = connection.createStatement().executeQuery("SELECT DISTINCT workspace_id FROM score_rollup")) {
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
				Lines lines = new Lines();
				long cells = 0;
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
					cells++;
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
				LOG.info("Metrics cube of workspace {}: {} rows in {} lines read in {} ms", workspace.value(), cells,
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
		Lines lines;
		List<Map<RollupKey, Long>> queued;
	}

	/** The lines of one workspace. */
	static final class Lines {

		private final List<Line> all = new ArrayList<>();
		private final Map<LineKey, Line> byKey = new HashMap<>();

		int size() {
			return all.size();
		}

		void add(RollupKey key, long answers) {
			if (!key.role().equals("NPS") && !key.role().equals("CSAT") && !key.role().equals("CES")) {
				return;
			}
			add(key.survey(), key.question(), QuestionType.valueOf(key.type()), key.role(), key.channel(), key.branch(),
					key.touchpoint(), key.day(), key.score(), answers);
		}

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
			// The counts of each group, type and role by bucket, found once per line rather than per line and bucket.
			Map<List<Object>, long[][]> targets = new HashMap<>();
			for (Line line : all) {
				LineKey key = line.key;
				if ((segment.survey() != null && !segment.survey().equals(key.survey()))
						|| (channel != null && !channel.equals(key.channel()))
						|| (segment.branch() != null && !segment.branch().equals(key.branch()))
						|| (touchpoint != null && !touchpoint.equals(key.touchpoint()))) {
					continue;
				}
				String first = line.value(query.first());
				String second = line.value(query.second());
				long[][] into = targets.computeIfAbsent(java.util.Arrays.asList(first, second, key.type(), key.role()), k -> {
					long[][] counts = new long[starts.size()][];
					for (int b = 0; b < counts.length; b++) {
						counts[b] = totals.counts(new Group(first, second, starts.get(b)), key.type(), key.role());
					}
					return counts;
				});
				for (int b = 0; b < into.length; b++) {
					line.sum(buckets.get(b), into[b]);
				}
			}
		}
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
				case QUESTION -> throw new IllegalStateException("Answers to a question are not in the rollups");
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
