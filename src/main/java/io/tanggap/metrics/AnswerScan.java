package io.tanggap.metrics;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.QuestionType;

/**
 * The scan path: the scored answers of a period and segment counted from the raw answers instead of
 * the rollups, for groupings the rollups do not hold (the answer to a choice question). The period's
 * local days become instants in the workspace's zone; the result must equal the rollups' for the
 * same standard segment (checked by {@code RollupConsistencyTests}).
 */
@Repository
class AnswerScan {

	/** One group's scored answers: by the group's key (a choice id, or "" for no answer), then type, role and score. */
	interface Counts {
		void add(String group, String type, String role, int score, long answers);
	}

	private static final String SCORED = Arrays.stream(QuestionType.values()).filter(QuestionType::scored)
		.map(type -> "'" + type.name() + "'").collect(Collectors.joining(", "));

	private final JdbcClient jdbc;

	AnswerScan(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts the scored answers with role NPS, CSAT or CES, grouped by the answer the same response
	 * gave to {@code question} (null: one group, ""); a multiple-choice answer counts in each group
	 * it chose.
	 */
	void count(WorkspaceId workspace, ZoneId zone, Period period, Segment segment, String question, Counts counts) {
		StringBuilder sql = new StringBuilder("SELECT ")
			.append(question == null ? "'' AS grp" : "g.choices AS grp")
			.append(", a.type, a.role, a.score, COUNT(*) AS answers FROM survey_response r ")
			.append("JOIN answer a ON a.response_id = r.id ");
		Map<String, Object> params = new LinkedHashMap<>();
		if (question != null) {
			sql.append("LEFT JOIN answer g ON g.response_id = r.id AND g.question_id = :question ");
			params.put("question", question);
		}
		sql.append("WHERE ").append(RawResponses.where(workspace, zone, period, segment, params))
			.append(" AND a.score IS NOT NULL AND a.role IN ('NPS', 'CSAT', 'CES') AND a.type IN (").append(SCORED).append(")");
		sql.append(" GROUP BY ").append(question == null ? "" : "g.choices, ").append("a.type, a.role, a.score");
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			String chosen = rs.getString("grp");
			String type = rs.getString("type");
			String role = rs.getString("role");
			int score = rs.getInt("score");
			long answers = rs.getLong("answers");
			if (chosen == null || chosen.isEmpty()) {
				counts.add("", type, role, score, answers);
				return;
			}
			for (String choice : chosen.split(",")) {
				counts.add(choice, type, role, score, answers);
			}
		});
	}
}
