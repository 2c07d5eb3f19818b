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
import io.tanggap.survey.SurveyManagement;

/**
 * The histogram rollups in table {@code score_rollup}: adding counts (also negative ones, when a
 * response is deleted or moved) and rebuilding a workspace's rollups from its raw answers.
 */
@Repository
class ScoreRollups {

	/** The count of each score: column {@code n<score>}, for every scale within 0..10. */
	static final int MAX_SCORE = 10;
	static final String COUNTS = java.util.stream.IntStream.rangeClosed(0, MAX_SCORE).mapToObj(i -> "n" + i)
		.collect(java.util.stream.Collectors.joining(", "));
	private static final String PLACES = "?, ".repeat(2 + MAX_SCORE) + "?";
	/** PostgreSQL 14 has no MERGE; H2 has no ON CONFLICT … DO UPDATE. */
	private static final String UPSERT_POSTGRES = "INSERT INTO score_rollup (line_id, local_day, " + COUNTS + ") VALUES ("
			+ PLACES + ") ON CONFLICT ON CONSTRAINT score_rollup_line_day DO UPDATE SET "
			+ java.util.stream.IntStream.rangeClosed(0, MAX_SCORE).mapToObj(i -> "n" + i + " = score_rollup.n" + i
					+ " + EXCLUDED.n" + i).collect(java.util.stream.Collectors.joining(", "));
	private static final String UPSERT_H2 = "MERGE INTO score_rollup t USING (VALUES (CAST(? AS INTEGER), CAST(? AS DATE), "
			+ "CAST(? AS INTEGER), ".repeat(MAX_SCORE) + "CAST(? AS INTEGER))) AS s (line_id, local_day, " + COUNTS + ") "
			+ "ON t.line_id = s.line_id AND t.local_day = s.local_day "
			+ "WHEN MATCHED THEN UPDATE SET " + java.util.stream.IntStream.rangeClosed(0, MAX_SCORE)
				.mapToObj(i -> "n" + i + " = t.n" + i + " + s.n" + i).collect(java.util.stream.Collectors.joining(", "))
			+ " WHEN NOT MATCHED THEN INSERT (line_id, local_day, " + COUNTS + ") VALUES (s.line_id, s.local_day, "
			+ java.util.stream.IntStream.rangeClosed(0, MAX_SCORE).mapToObj(i -> "s.n" + i)
				.collect(java.util.stream.Collectors.joining(", ")) + ")";
	private static final String ALL_ZERO = java.util.stream.IntStream.rangeClosed(0, MAX_SCORE)
		.mapToObj(i -> "n" + i + " = 0").collect(java.util.stream.Collectors.joining(" AND "));
	/** The rows of one workspace's lines. */
	static final String OF_WORKSPACE = "line_id IN (SELECT id FROM score_rollup_line WHERE workspace_id = ?)";

	private final JdbcTemplate jdbc;
	private final StreamedRebuild streamed;
	private final SurveyManagement surveys;
	private final RollupLineIds lines;
	private volatile Boolean postgres;

	ScoreRollups(JdbcTemplate jdbc, javax.sql.DataSource dataSource, SurveyManagement surveys) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.lines = new RollupLineIds(jdbc);
		this.streamed = new StreamedRebuild(jdbc, dataSource, lines, connections(), StreamedRebuild.RESPONSES_PER_RANGE);
	}

	/**
	 * Adds each count to its row (one per line and day), adding the lines there are none of yet; rows
	 * are written in the order of their key, so that two writers never wait for each other in a circle;
	 * a row whose counts all fall to zero is removed.
	 */
	void add(Map<RollupKey, Long> counts) {
		Map<RollupKey, long[]> sums = new java.util.HashMap<>();
		java.util.Set<RollupKey> lowered = new java.util.HashSet<>();
		java.util.Set<RollupLineIds.Line> touched = new java.util.HashSet<>();
		for (var entry : counts.entrySet()) {
			RollupKey key = entry.getKey();
			if (entry.getValue() == 0 || key.score() < 0 || key.score() > MAX_SCORE) {
				continue;
			}
			RollupKey row = key.line();
			sums.computeIfAbsent(row, r -> new long[MAX_SCORE + 1])[key.score()] += entry.getValue();
			touched.add(RollupLineIds.Line.of(row));
			if (entry.getValue() < 0) {
				lowered.add(row);
			}
		}
		if (sums.isEmpty()) {
			return;
		}
		Map<RollupLineIds.Line, Integer> ids = lines.ids(touched, postgres());
		List<Object[]> values = new ArrayList<>(sums.size());
		List<Object[]> emptied = new ArrayList<>();
		sums.forEach((row, counted) -> {
			Object[] value = new Object[2 + MAX_SCORE + 1];
			value[0] = ids.get(RollupLineIds.Line.of(row));
			value[1] = Date.valueOf(row.day());
			for (int i = 0; i <= MAX_SCORE; i++) {
				value[2 + i] = Math.toIntExact(counted[i]);
			}
			values.add(value);
			if (lowered.contains(row)) {
				emptied.add(new Object[] { value[0], value[1] });
			}
		});
		java.util.Comparator<Object[]> byKey = java.util.Comparator.comparing((Object[] v) -> (Integer) v[0])
			.thenComparing(v -> (Date) v[1]);
		values.sort(byKey);
		jdbc.batchUpdate(postgres() ? UPSERT_POSTGRES : UPSERT_H2, values);
		if (!emptied.isEmpty()) {
			emptied.sort(byKey);
			jdbc.batchUpdate("DELETE FROM score_rollup WHERE line_id = ? AND local_day = ? AND " + ALL_ZERO, emptied);
		}
	}

	/**
	 * Counts a workspace's answers again from its raw responses, by local day in {@code zone} (as when
	 * a response is counted, so that both agree on every time zone rule), and replaces its rollups
	 * with the counts in the caller's transaction ({@link StreamedRebuild}; several connections count
	 * at once when {@code alone}).
	 */
	void rebuild(WorkspaceId workspace, ZoneId zone, boolean alone) {
		streamed.run(workspace, zone, surveys.publishedVersions(workspace), postgres(), alone);
	}

	/**
	 * As {@link #rebuild}, with ranges of about {@code responsesPerRange} responses on up to
	 * {@code connections} (tests and the benchmark).
	 */
	void rebuild(WorkspaceId workspace, ZoneId zone, boolean alone, int connections, int responsesPerRange) {
		new StreamedRebuild(jdbc, Objects.requireNonNull(jdbc.getDataSource()), lines, connections, responsesPerRange)
			.run(workspace, zone, surveys.publishedVersions(workspace), postgres(), alone);
	}

	/** As many connections as cores count a rebuild, up to four. */
	static int connections() {
		return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
	}

	/** The scored question types, as SQL strings. */
	static final String SCORED_TYPES = java.util.Arrays.stream(QuestionType.values()).filter(QuestionType::scored)
		.map(type -> "'" + type.name() + "'").collect(java.util.stream.Collectors.joining(", "));

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
		String sums = java.util.stream.IntStream.rangeClosed(0, MAX_SCORE).mapToObj(i -> "SUM(n" + i + ") AS n" + i)
			.collect(java.util.stream.Collectors.joining(", "));
		jdbc.query("SELECT " + groups + ", type, role, " + sums + " FROM score_rollup JOIN score_rollup_line "
				+ "ON score_rollup_line.id = score_rollup.line_id WHERE " + where
				+ " GROUP BY " + groupBy + "type, role", rs -> {
			java.time.LocalDate local = query.buckets() == null ? null
					: query.buckets().start(rs.getObject("g3", java.time.LocalDate.class));
			CellTotals.Group group = new CellTotals.Group(rs.getString("g1"), rs.getString("g2"), local);
			QuestionType type = QuestionType.valueOf(rs.getString("type"));
			String role = rs.getString("role");
			for (int score = type.min(); score <= type.max(); score++) {
				long answers = rs.getLong("n" + score);
				if (answers != 0) {
					totals.add(group, type, role, score, answers);
				}
			}
		}, params.toArray());
	}

	/** @return the workspaces that have responses or rollups, for a rebuild of all */
	List<UUID> workspacesToRebuild() {
		return jdbc.queryForList("SELECT workspace_id FROM survey_response UNION SELECT workspace_id FROM score_rollup_line",
				UUID.class);
	}

	private boolean postgres() {
		Boolean known = postgres;
		if (known == null) {
			String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
			known = Objects.requireNonNull(product).toLowerCase(java.util.Locale.ROOT).contains("postgres");
			postgres = known;
		}
		return known;
	}
}
