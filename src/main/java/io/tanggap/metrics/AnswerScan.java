package io.tanggap.metrics;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.QuestionType;

/**
 * The scan path: the scored answers of a period and segment counted from the raw answers instead of
 * the rollups, for groupings the rollups do not hold (the answer to a choice question, the themes
 * and sentiment of the response's comments). The period's local days become instants in the
 * workspace's zone; the result must equal the rollups' for the same standard segment (checked by
 * {@code RollupConsistencyTests}).
 */
@Repository
class AnswerScan {

	/** One group's scored answers: by the group's key (a choice id, or "" for no answer), then type, role and score. */
	interface Counts {
		void add(String group, String type, String role, int score, long answers);
	}

	/**
	 * What the answers are grouped by: the group of each response, joined to it as {@code g}, and the
	 * expression of its key. A response falls into each group it has (a multiple-choice answer's
	 * choices, the themes its comments mention) and into "" when it has none, unless the grouping is
	 * an inner join. Text analytics' readings are joined by name (docs/architecture.md, departures).
	 */
	record Grouping(String join, String key, boolean choices) {

		static final Grouping NONE = new Grouping(null, "''", false);

		/** By the answer to a choice question (the parameter {@code :question}). */
		static final Grouping QUESTION = new Grouping(
				"LEFT JOIN answer g ON g.response_id = r.id AND g.question_id = :question", "g.choices", true);

		/** By each theme the response's comments mention; "" for none mentioned or no comment read. */
		static final Grouping THEME = new Grouping("LEFT JOIN (SELECT DISTINCT response_id, theme AS grp FROM comment_theme"
				+ " WHERE workspace_id = :workspace AND submitted_at >= :start AND submitted_at < :end) g ON g.response_id = r.id",
				"g.grp", false);

		/** By each sentiment the response's comments have; "" for no comment read. */
		static final Grouping SENTIMENT = new Grouping("LEFT JOIN (SELECT DISTINCT response_id, sentiment AS grp FROM comment_analysis"
				+ " WHERE workspace_id = :workspace AND submitted_at >= :start AND submitted_at < :end) g ON g.response_id = r.id",
				"g.grp", false);

		/** Only the responses with a comment that was read, in one group "". */
		static final Grouping COMMENTED = new Grouping("JOIN (SELECT DISTINCT response_id, '' AS grp FROM comment_analysis"
				+ " WHERE workspace_id = :workspace AND submitted_at >= :start AND submitted_at < :end) g ON g.response_id = r.id",
				"g.grp", false);
	}

	private static final String SCORED = Arrays.stream(QuestionType.values()).filter(QuestionType::scored)
		.map(type -> "'" + type.name() + "'").collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	AnswerScan(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts the scored answers with role NPS, CSAT or CES, grouped as {@code grouping} says.
	 * @param params the grouping's own parameters (the question of {@link Grouping#QUESTION}); the
	 *        period's and segment's are added
	 */
	void count(WorkspaceId workspace, ZoneId zone, Period period, Segment segment, Grouping grouping,
			Map<String, Object> params, Counts counts) {
		boolean grouped = grouping.join() != null;
		StringBuilder sql = new StringBuilder("SELECT ").append(grouping.key())
			.append(" AS grp, a.type, a.role, a.score, COUNT(*) AS answers FROM survey_response r ")
			.append("JOIN answer a ON a.response_id = r.id ");
		if (grouped) {
			sql.append(grouping.join()).append(' ');
		}
		sql.append("WHERE ").append(RawResponses.where(workspace, zone, period, segment, params))
			.append(" AND a.score IS NOT NULL AND a.role IN ('NPS', 'CSAT', 'CES') AND a.type IN (").append(SCORED).append(")");
		sql.append(" GROUP BY ").append(grouped ? grouping.key() + ", " : "").append("a.type, a.role, a.score");
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			String chosen = rs.getString("grp");
			String type = rs.getString("type");
			String role = rs.getString("role");
			int score = rs.getInt("score");
			long answers = rs.getLong("answers");
			if (chosen == null || chosen.isEmpty() || !grouping.choices()) {
				counts.add(chosen == null ? "" : chosen, type, role, score, answers);
				return;
			}
			for (String choice : chosen.split(",")) {
				counts.add(choice, type, role, score, answers);
			}
		});
	}
}
