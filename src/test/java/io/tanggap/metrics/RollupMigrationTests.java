package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.tanggap.TestDatabases;

/**
 * Migration V15 moves the rollups of V13 (one row per score) into one row per question, local day
 * and segment with the count of each score, and V17 gives each question and segment a numbered line
 * and keys the rows by line and day, on H2 and on PostgreSQL.
 */
class RollupMigrationTests {

	@Test
	void onH2() {
		movesTheCounts(TestDatabases.newH2Database(), "sa");
	}

	@Test
	void onPostgres() {
		movesTheCounts(TestDatabases.newPostgresDatabase(), "postgres");
	}

	private static void movesTheCounts(String url, String user) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("14").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		UUID workspace = UUID.randomUUID();
		UUID survey = UUID.randomUUID();
		UUID branch = UUID.randomUUID();
		LocalDate day = LocalDate.of(2026, 11, 2);
		String insert = "INSERT INTO score_rollup (workspace_id, survey_id, question_id, type, role, local_day, channel, "
				+ "branch_key, touchpoint, score, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		jdbc.update(insert, workspace, survey, "nps", "NPS", "NPS", Date.valueOf(day), "QR", branch, "meja", 10, 4L);
		jdbc.update(insert, workspace, survey, "nps", "NPS", "NPS", Date.valueOf(day), "QR", branch, "meja", 0, 1L);
		jdbc.update(insert, workspace, survey, "nps", "NPS", "NPS", Date.valueOf(day.plusDays(1)), "QR", branch, "meja", 7,
				2L);
		jdbc.update(insert, workspace, survey, "csat", "CSAT_5", "CSAT", Date.valueOf(day), "QR", branch, "meja", 5, 3L);

		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

		List<Map<String, Object>> rows = jdbc.queryForList("SELECT question_id, local_day, CAST(n0 AS BIGINT) AS n0, "
				+ "CAST(n5 AS BIGINT) AS n5, CAST(n7 AS BIGINT) AS n7, CAST(n10 AS BIGINT) AS n10, "
				+ "CAST(n1 + n2 + n3 + n4 + n6 + n8 + n9 AS BIGINT) AS others FROM score_rollup r "
				+ "JOIN score_rollup_line l ON l.id = r.line_id WHERE l.workspace_id = ? AND l.survey_id = ? "
				+ "AND l.channel = 'QR' AND l.branch_key = ? AND l.touchpoint = 'meja' ORDER BY question_id, local_day",
				workspace, survey, branch);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM score_rollup_line", Long.class)).isEqualTo(2);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsEntry("question_id", "csat").containsEntry("n5", 3L).containsEntry("others", 0L);
		assertThat(rows.get(1)).containsEntry("question_id", "nps").containsEntry("n0", 1L).containsEntry("n10", 4L)
			.containsEntry("n7", 0L).containsEntry("others", 0L);
		assertThat(rows.get(2)).containsEntry("n7", 2L).containsEntry("n0", 0L);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables "
				+ "WHERE LOWER(table_name) IN ('score_rollup_by_score', 'score_rollup_by_key')", Long.class)).isZero();
	}
}
