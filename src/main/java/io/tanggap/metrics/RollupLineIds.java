package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The numbers of the rollups' lines ({@code score_rollup_line}): a line is one question's answers
 * through one channel, branch and touchpoint. A line is added the first time a transaction counts an
 * answer on it and never removed; its number is remembered once that transaction has committed
 * (a number from a transaction that rolled back would name no line).
 */
final class RollupLineIds {

	/** A line's key: a {@link RollupKey} without its day and score. */
	record Line(UUID workspace, UUID survey, String question, String type, String role, String channel, UUID branch,
			String touchpoint) {

		/** The order in which writers add lines, so that two transactions never wait for each other in a circle. */
		static final Comparator<Line> ORDER = Comparator.comparing(Line::workspace)
			.thenComparing(Line::survey)
			.thenComparing(Line::question)
			.thenComparing(Line::type)
			.thenComparing(Line::role)
			.thenComparing(Line::channel)
			.thenComparing(Line::branch)
			.thenComparing(Line::touchpoint);

		static Line of(RollupKey key) {
			return new Line(key.workspace(), key.survey(), key.question(), key.type(), key.role(), key.channel(),
					key.branch(), key.touchpoint());
		}

		Object[] parameters() {
			return new Object[] { workspace, survey, question, type, role, channel, branch, touchpoint };
		}
	}

	/** The key columns of {@code score_rollup_line}, in the order of {@link Line#parameters()}. */
	static final String KEY = "workspace_id, survey_id, question_id, type, role, channel, branch_key, touchpoint";
	static final String KEY_MATCHES = "workspace_id = ? AND survey_id = ? AND question_id = ? AND type = ? "
			+ "AND role = ? AND channel = ? AND branch_key = ? AND touchpoint = ?";
	/** PostgreSQL 14 has no MERGE; H2 has no ON CONFLICT. */
	private static final String ADD_POSTGRES = "INSERT INTO score_rollup_line (" + KEY + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
			+ "ON CONFLICT ON CONSTRAINT score_rollup_line_key DO NOTHING";
	private static final String ADD_H2 = "MERGE INTO score_rollup_line (" + KEY + ") KEY (" + KEY
			+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;
	private final Map<Line, Integer> known = new ConcurrentHashMap<>();

	RollupLineIds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the number of each of a workspace's lines (those given and any others it has), adding
	 * the given lines there are none of yet in the caller's transaction; read in one statement, for a
	 * rebuild that may name thousands of lines
	 */
	Map<Line, Integer> idsOfWorkspace(UUID workspace, Collection<Line> lines, boolean postgres) {
		Map<Line, Integer> ids = linesOf(workspace);
		TreeSet<Line> missing = new TreeSet<>(Line.ORDER);
		lines.stream().filter(line -> !ids.containsKey(line)).forEach(missing::add);
		if (missing.isEmpty()) {
			return ids;
		}
		List<Object[]> keys = new ArrayList<>(missing.size());
		missing.forEach(line -> keys.add(line.parameters()));
		jdbc.batchUpdate(postgres ? ADD_POSTGRES : ADD_H2, keys);
		Map<Line, Integer> all = linesOf(workspace);
		Map<Line, Integer> added = new HashMap<>();
		missing.forEach(line -> added.put(line, Objects.requireNonNull(all.get(line))));
		remember(added);
		return all;
	}

	private Map<Line, Integer> linesOf(UUID workspace) {
		Map<Line, Integer> ids = new HashMap<>();
		jdbc.query("SELECT id, " + KEY + " FROM score_rollup_line WHERE workspace_id = ?", rs -> {
			ids.put(new Line(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9)), rs.getInt(1));
		}, workspace);
		return ids;
	}

	/** @return the number of each line, adding the lines there are none of yet in the caller's transaction */
	Map<Line, Integer> ids(Collection<Line> lines, boolean postgres) {
		Map<Line, Integer> ids = new HashMap<>();
		TreeSet<Line> missing = new TreeSet<>(Line.ORDER);
		for (Line line : lines) {
			Integer id = known.get(line);
			if (id == null) {
				missing.add(line);
			}
			else {
				ids.put(line, id);
			}
		}
		if (missing.isEmpty()) {
			return ids;
		}
		List<Object[]> keys = new ArrayList<>(missing.size());
		missing.forEach(line -> keys.add(line.parameters()));
		jdbc.batchUpdate(postgres ? ADD_POSTGRES : ADD_H2, keys);
		Map<Line, Integer> found = new HashMap<>();
		for (Line line : missing) {
			Integer id = jdbc.queryForObject("SELECT id FROM score_rollup_line WHERE " + KEY_MATCHES, Integer.class,
					line.parameters());
			found.put(line, Objects.requireNonNull(id));
		}
		ids.putAll(found);
		remember(found);
		return ids;
	}

	/** Remembers numbers of lines this transaction added, once it has committed. */
	private void remember(Map<Line, Integer> found) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					known.putAll(found);
				}
			});
		}
		else {
			// Without a transaction each statement has committed already.
			known.putAll(found);
		}
	}
}
