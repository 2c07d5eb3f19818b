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

	/**
	 * The key of a counted row before it has its line's number ({@code score_rollup_rebuild}): one
	 * question's answers on a local day through one channel, branch and touchpoint.
	 */
	static final String KEY = "workspace_id, local_day, survey_id, question_id, type, role, channel, "
			+ "branch_key, touchpoint";
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
	private final RangedRebuild ranged;
	private final RollupLineIds lines;
	private volatile Boolean postgres;

	ScoreRollups(JdbcTemplate jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
		this.lines = new RollupLineIds(jdbc);
		this.ranged = new RangedRebuild(jdbc, this::replaceWithGathered, dataSource,
				Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4)), RangedRebuild.RESPONSES_PER_RANGE,
				RangedRebuild.SAMPLE_PERCENT);
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
	 * Counts a workspace's answers again from its raw answers, by local day in {@code zone}, with
	 * {@code INSERT … SELECT … GROUP BY} statements, so that the answers never leave the database: on
	 * PostgreSQL by ranges of response ids, several at once when {@code alone} ({@link RangedRebuild});
	 * on H2, which joins row by row through the index and keeps every group in memory, one per survey
	 * and local month. The local day of an answer is
	 * arithmetic on its instant: the seconds since 1970 plus the zone's offset at that instant, which
	 * Java's zone rules give (as when a response is counted, so that both agree on every rule) and
	 * the statement applies as a constant, or as a CASE over the month's offset changes.
	 */
	void rebuild(WorkspaceId workspace, ZoneId zone, boolean alone) {
		if (postgres()) {
			ranged.run(workspace, zone, alone);
			return;
		}
		jdbc.update("DELETE FROM score_rollup_rebuild WHERE workspace_id = ?", workspace.value());
		for (Map<String, Object> survey : jdbc.queryForList("SELECT survey_id, MIN(submitted_at) AS first, "
				+ "MAX(submitted_at) AS last FROM survey_response WHERE workspace_id = ? GROUP BY survey_id",
				workspace.value())) {
			java.time.Instant first = instant(survey.get("first"));
			java.time.Instant last = instant(survey.get("last"));
			java.time.YearMonth month = java.time.YearMonth.from(first.atZone(zone));
			java.time.YearMonth lastMonth = java.time.YearMonth.from(last.atZone(zone));
			for (; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
				java.time.Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
				java.time.Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
				String days = "CAST(FLOOR((EXTRACT(EPOCH FROM r.submitted_at) + " + offset(zone, from, to)
						+ ") / 86400) AS INTEGER)";
				String day = "DATEADD(DAY, " + days + ", DATE '1970-01-01')";
				Object[] params = { workspace.value(), workspace.value(), survey.get("survey_id"),
						java.time.OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC),
						java.time.OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC) };
				jdbc.update("INSERT INTO score_rollup_rebuild (" + KEY + ", " + COUNTS + ") SELECT CAST(? AS UUID), " + day
						+ ", r.survey_id, a.question_id, a.type, a.role, r.channel, COALESCE(r.branch_id, '"
						+ RollupKey.NO_BRANCH + "'), COALESCE(r.touchpoint, ''), " + COUNT_EACH_SCORE
						+ " FROM survey_response r JOIN answer a ON a.response_id = r.id "
						+ "WHERE r.workspace_id = ? AND r.survey_id = ? AND r.submitted_at >= ? AND r.submitted_at < ? "
						+ "AND a.score BETWEEN 0 AND " + MAX_SCORE + " AND a.type IN (" + SCORED_TYPES + ") "
						+ "GROUP BY " + day + ", r.survey_id, a.question_id, a.type, a.role, r.channel, r.branch_id, "
						+ "r.touchpoint", params);
			}
		}
		replaceWithGathered(workspace.value());
	}

	/**
	 * Replaces a workspace's rollups with the sums of the counts a rebuild gathered in
	 * {@code score_rollup_rebuild} (adding the lines there are none of yet), in the order of their
	 * key, and removes what it gathered.
	 */
	void replaceWithGathered(UUID workspace) {
		String line = java.util.Arrays.stream(RollupLineIds.KEY.split(", ")).map(c -> "g." + c)
			.collect(java.util.stream.Collectors.joining(", "));
		String lineMatches = java.util.Arrays.stream(RollupLineIds.KEY.split(", ")).map(c -> "l." + c + " = g." + c)
			.collect(java.util.stream.Collectors.joining(" AND "));
		// The gathered rows' lines, grouped by hashing: PostgreSQL would otherwise sort every gathered
		// row by its text columns (about 10 s a million responses).
		String lines = "SELECT " + line + " FROM score_rollup_rebuild g WHERE g.workspace_id = ? GROUP BY " + line;
		if (postgres()) {
			jdbc.execute("SET LOCAL enable_sort = off");
			jdbc.update("INSERT INTO score_rollup_line (" + RollupLineIds.KEY + ") " + lines
					+ " ON CONFLICT ON CONSTRAINT score_rollup_line_key DO NOTHING", workspace);
			jdbc.execute("SET LOCAL enable_sort = DEFAULT");
		}
		else {
			jdbc.update("INSERT INTO score_rollup_line (" + RollupLineIds.KEY + ") SELECT * FROM (" + lines
					+ ") g WHERE NOT EXISTS (SELECT 1 FROM score_rollup_line l WHERE " + lineMatches + ")", workspace);
		}
		jdbc.update("DELETE FROM score_rollup WHERE " + OF_WORKSPACE, workspace);
		String sums = java.util.Arrays.stream(COUNTS.split(", ")).map(n -> "SUM(g." + n + ")")
			.collect(java.util.stream.Collectors.joining(", "));
		// In key order: each row goes next to the last in the primary key's index.
		jdbc.update("INSERT INTO score_rollup (line_id, local_day, " + COUNTS + ") SELECT l.id, g.local_day, " + sums
				+ " FROM score_rollup_rebuild g JOIN score_rollup_line l ON " + lineMatches
				+ " WHERE g.workspace_id = ? GROUP BY l.id, g.local_day ORDER BY l.id, g.local_day", workspace);
		jdbc.update("DELETE FROM score_rollup_rebuild WHERE workspace_id = ?", workspace);
	}

	/** The scored question types, as SQL strings. */
	static final String SCORED_TYPES = java.util.Arrays.stream(QuestionType.values()).filter(QuestionType::scored)
		.map(type -> "'" + type.name() + "'").collect(java.util.stream.Collectors.joining(", "));

	static final String COUNT_EACH_SCORE = java.util.stream.IntStream.rangeClosed(0, MAX_SCORE)
		.mapToObj(i -> "COUNT(*) FILTER (WHERE a.score = " + i + ")")
		.collect(java.util.stream.Collectors.joining(", "));

	/**
	 * @return the zone's offset in seconds from {@code from} to {@code to} as SQL: a number, or a CASE
	 * on the answer's instant (with the instants as literals, so that the expression in GROUP BY is
	 * the same as in the select list)
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

	static java.time.Instant instant(Object value) {
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant();
		}
		throw new IllegalStateException("Not a time: " + value.getClass());
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
