package io.tanggap.metrics;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A workspace's rollup cells (one score's count on one question, local day and segment) as text keys:
 * as the rollup table holds them, and as counted from the raw answers, and where the two differ.
 */
final class RollupCells {

	private RollupCells() {
	}

	/** @return each cell whose counts differ, with "rollup/recount" counts; empty when they agree */
	static Map<String, String> difference(Map<String, Long> rollups, Map<String, Long> recount) {
		Map<String, String> differ = new java.util.LinkedHashMap<>();
		java.util.Set<String> cells = new java.util.TreeSet<>(rollups.keySet());
		cells.addAll(recount.keySet());
		for (String cell : cells) {
			if (!java.util.Objects.equals(rollups.get(cell), recount.get(cell))) {
				differ.put(cell, rollups.get(cell) + "/" + recount.get(cell));
			}
			if (differ.size() == 5) {
				break;
			}
		}
		return differ;
	}

	/**
	 * The rollups' cells with a count (a row's count of one score), as text keys; a row whose counts
	 * are all zero, which should have been removed, as a cell "empty" with count −1.
	 */
	static Map<String, Long> inTable(JdbcTemplate jdbc, UUID workspace) {
		Map<String, Long> cells = new TreeMap<>();
		jdbc.query("SELECT * FROM score_rollup r JOIN score_rollup_line l ON l.id = r.line_id "
				+ "WHERE l.workspace_id = ?", rs -> {
			String row = String.join("|", rs.getString("local_day"), rs.getString("survey_id"), rs.getString("question_id"),
					rs.getString("type"), rs.getString("role"), rs.getString("channel"), rs.getString("branch_key"),
					rs.getString("touchpoint"));
			boolean empty = true;
			for (int score = 0; score <= ScoreRollups.MAX_SCORE; score++) {
				long answers = rs.getLong("n" + score);
				if (answers != 0) {
					cells.put(row + "|" + score, answers);
					empty = false;
				}
			}
			if (empty) {
				cells.put(row + "|empty", -1L);
			}
		}, workspace);
		return cells;
	}

	/** The same cells counted here from the raw answers, by local day in {@code zone}. */
	static Map<String, Long> recounted(JdbcTemplate jdbc, UUID workspace, ZoneId zone) {
		Map<String, Long> cells = new TreeMap<>();
		jdbc.query("""
				SELECT r.submitted_at, r.survey_id, r.channel, r.branch_id, r.touchpoint, a.question_id, a.type, a.role, a.score
				FROM survey_response r JOIN answer a ON a.response_id = r.id
				WHERE r.workspace_id = ? AND a.score IS NOT NULL""", rs -> {
			Instant at = rs.getObject("submitted_at", java.time.OffsetDateTime.class).toInstant();
			String branch = rs.getString("branch_id");
			String touchpoint = rs.getString("touchpoint");
			cells.merge(String.join("|", at.atZone(zone).toLocalDate().toString(), rs.getString("survey_id"),
					rs.getString("question_id"), rs.getString("type"), rs.getString("role"), rs.getString("channel"),
					branch == null ? RollupKey.NO_BRANCH.toString() : branch, touchpoint == null ? "" : touchpoint,
					rs.getString("score")), 1L, Long::sum);
		}, workspace);
		return cells;
	}
}
