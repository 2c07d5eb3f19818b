package io.tanggap.metrics;

import java.sql.Date;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.QuestionType;

/**
 * The histogram rollups in table {@code score_rollup}: adding counts (also negative ones, when a
 * response is deleted or moved) and rebuilding a workspace's rollups from its raw answers.
 */
@Repository
class ScoreRollups {

	private static final String COLUMNS = "workspace_id, local_day, survey_id, question_id, type, role, channel, "
			+ "branch_key, touchpoint, score";
	private static final String KEY_MATCHES = "workspace_id = ? AND local_day = ? AND survey_id = ? AND question_id = ? "
			+ "AND type = ? AND role = ? AND channel = ? AND branch_key = ? AND touchpoint = ? AND score = ?";
	/** PostgreSQL 14 has no MERGE; H2 has no ON CONFLICT … DO UPDATE. */
	private static final String UPSERT_POSTGRES = "INSERT INTO score_rollup (" + COLUMNS + ", answers) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT score_rollup_key "
			+ "DO UPDATE SET answers = score_rollup.answers + EXCLUDED.answers";
	private static final String UPSERT_H2 = """
			MERGE INTO score_rollup t USING (VALUES (CAST(? AS UUID), CAST(? AS DATE), CAST(? AS UUID),
			  CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(16)),
			  CAST(? AS UUID), CAST(? AS VARCHAR(100)), CAST(? AS INT), CAST(? AS BIGINT)))
			  AS s (workspace_id, local_day, survey_id, question_id, type, role, channel, branch_key, touchpoint, score, answers)
			ON t.workspace_id = s.workspace_id AND t.local_day = s.local_day AND t.survey_id = s.survey_id
			  AND t.question_id = s.question_id AND t.type = s.type AND t.role = s.role AND t.channel = s.channel
			  AND t.branch_key = s.branch_key AND t.touchpoint = s.touchpoint AND t.score = s.score
			WHEN MATCHED THEN UPDATE SET answers = t.answers + s.answers
			WHEN NOT MATCHED THEN INSERT (workspace_id, local_day, survey_id, question_id, type, role, channel, branch_key,
			  touchpoint, score, answers) VALUES (s.workspace_id, s.local_day, s.survey_id, s.question_id, s.type, s.role,
			  s.channel, s.branch_key, s.touchpoint, s.score, s.answers)""";

	private final JdbcTemplate jdbc;
	private volatile String upsert;

	ScoreRollups(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds each count to its cell, in {@link RollupKey#ORDER}; a cell that falls to zero is removed. */
	void add(Map<RollupKey, Long> counts) {
		List<RollupKey> keys = counts.entrySet().stream().filter(e -> e.getValue() != 0).map(Map.Entry::getKey)
			.sorted(RollupKey.ORDER).toList();
		if (keys.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(keys.size());
		List<Object[]> emptied = new ArrayList<>();
		for (RollupKey key : keys) {
			Object[] row = java.util.Arrays.copyOf(key.parameters(), 11);
			row[1] = Date.valueOf(key.day());
			row[10] = counts.get(key);
			rows.add(row);
			if (counts.get(key) < 0) {
				emptied.add(java.util.Arrays.copyOf(row, 10));
			}
		}
		jdbc.batchUpdate(upsert(), rows);
		if (!emptied.isEmpty()) {
			jdbc.batchUpdate("DELETE FROM score_rollup WHERE " + KEY_MATCHES + " AND answers = 0", emptied);
		}
	}

	/**
	 * Counts a workspace's answers again from its raw answers, by local day in {@code zone}. The
	 * answers are read survey by survey in time order, and each local day's cells are written when
	 * the day is complete, so memory holds one day at a time. Local days are computed here, as
	 * when a response is counted, so that both agree on every time zone rule.
	 */
	void rebuild(WorkspaceId workspace, ZoneId zone) {
		jdbc.update("DELETE FROM score_rollup WHERE workspace_id = ?", workspace.value());
		String scored = java.util.Arrays.stream(QuestionType.values()).filter(QuestionType::scored)
			.map(type -> "'" + type.name() + "'").collect(java.util.stream.Collectors.joining(", "));
		JdbcTemplate streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
		streaming.setFetchSize(10_000);
		for (UUID survey : jdbc.queryForList("SELECT DISTINCT survey_id FROM survey_response WHERE workspace_id = ?",
				UUID.class, workspace.value())) {
			Map<RollupKey, Long> day = new java.util.HashMap<>();
			java.time.LocalDate[] current = new java.time.LocalDate[1];
			streaming.query("SELECT r.submitted_at, r.channel, r.branch_id, r.touchpoint, a.question_id, a.type, a.role, a.score "
					+ "FROM survey_response r JOIN answer a ON a.response_id = r.id "
					+ "WHERE r.workspace_id = ? AND r.survey_id = ? AND a.score IS NOT NULL AND a.type IN (" + scored + ") "
					+ "ORDER BY r.submitted_at", rs -> {
				java.time.LocalDate local = rs.getObject(1, java.time.OffsetDateTime.class).atZoneSameInstant(zone)
					.toLocalDate();
				if (!local.equals(current[0])) {
					insert(day);
					current[0] = local;
				}
				UUID branch = rs.getObject(3, UUID.class);
				String touchpoint = rs.getString(4);
				day.merge(new RollupKey(workspace.value(), local, survey, rs.getString(5), rs.getString(6),
						rs.getString(7), rs.getString(2), branch == null ? RollupKey.NO_BRANCH : branch,
						touchpoint == null ? "" : touchpoint, rs.getInt(8)), 1L, Long::sum);
			}, workspace.value(), survey);
			insert(day);
		}
	}

	private void insert(Map<RollupKey, Long> cells) {
		if (cells.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(cells.size());
		cells.forEach((key, count) -> {
			Object[] row = java.util.Arrays.copyOf(key.parameters(), 11);
			row[1] = Date.valueOf(key.day());
			row[10] = count;
			rows.add(row);
		});
		jdbc.batchUpdate("INSERT INTO score_rollup (" + COLUMNS + ", answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		cells.clear();
	}

	/** Sums the NPS, CSAT and CES cells a query asks for with SQL, grouped as it asks. */
	void sum(WorkspaceId workspace, CellTotals.CellQuery query, CellTotals totals) {
		StringBuilder where = new StringBuilder("workspace_id = ? AND local_day BETWEEN ? AND ? "
				+ "AND role IN ('NPS', 'CSAT', 'CES')");
		List<Object> params = new ArrayList<>(List.of(workspace.value(), Date.valueOf(query.period().from()),
				Date.valueOf(query.period().to())));
		Segment segment = query.segment();
		if (segment.survey() != null) {
			where.append(" AND survey_id = ?");
			params.add(segment.survey());
		}
		if (segment.channel() != null) {
			where.append(" AND channel = ?");
			params.add(segment.channel().name());
		}
		if (segment.branch() != null) {
			where.append(" AND branch_key = ?");
			params.add(segment.branch());
		}
		if (segment.touchpoint() != null) {
			where.append(" AND touchpoint = ?");
			params.add(segment.touchpoint().strip());
		}
		String first = query.first() == null ? "NULL" : query.first().column();
		String second = query.second() == null ? "NULL" : query.second().column();
		String day = query.buckets() == null ? "NULL" : "local_day";
		String groups = first + " AS g1, " + second + " AS g2, " + day + " AS g3";
		String groupBy = java.util.stream.Stream.of(first, second, day).filter(c -> !c.equals("NULL"))
			.map(c -> c + ", ").collect(java.util.stream.Collectors.joining());
		jdbc.query("SELECT " + groups + ", type, role, score, SUM(answers) AS answers FROM score_rollup WHERE " + where
				+ " GROUP BY " + groupBy + "type, role, score", rs -> {
			java.time.LocalDate local = query.buckets() == null ? null
					: query.buckets().start(rs.getObject("g3", java.time.LocalDate.class));
			totals.add(new CellTotals.Group(rs.getString("g1"), rs.getString("g2"), local),
					QuestionType.valueOf(rs.getString("type")), rs.getString("role"), rs.getInt("score"),
					rs.getLong("answers"));
		}, params.toArray());
	}

	/** @return the workspaces that have responses or rollups, for a rebuild of all */
	List<UUID> workspacesToRebuild() {
		return jdbc.queryForList("SELECT workspace_id FROM survey_response UNION SELECT workspace_id FROM score_rollup",
				UUID.class);
	}

	private String upsert() {
		String known = upsert;
		if (known == null) {
			String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
			known = Objects.requireNonNull(product).toLowerCase(java.util.Locale.ROOT).contains("postgres") ? UPSERT_POSTGRES
					: UPSERT_H2;
			upsert = known;
		}
		return known;
	}
}
