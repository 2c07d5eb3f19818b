package io.tanggap.feedback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.shared.WorkspaceId;

/**
 * A workspace's comments (the texts of its open-text answers) in the order of their responses, for
 * work that goes through all of them a part at a time and may stop and go on later (text analytics
 * reading the history again after its themes changed).
 */
@Service
public class Comments {

	/** One comment, and where it stands in the order. */
	public record Comment(ResponseId response, String questionId, String text, Instant submittedAt) {

		public Position position() {
			return new Position(response, questionId);
		}
	}

	/** A place in the order: after this question of this response. */
	public record Position(ResponseId response, String questionId) {
	}

	private final JdbcClient jdbc;

	Comments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param after where the previous part ended; null for the beginning
	 * @return the next comments after that place, at most {@code limit}, in order of response (which
	 *         is the order responses were stored in) and question
	 */
	@Transactional(readOnly = true)
	public List<Comment> after(WorkspaceId workspace, Position after, int limit) {
		String from = after == null ? "" : " AND (r.id > :response OR (r.id = :response AND a.question_id > :question))";
		var query = jdbc.sql("""
				SELECT r.id, a.question_id, a.text_value, r.submitted_at FROM survey_response r
				JOIN answer a ON a.response_id = r.id
				WHERE r.workspace_id = :workspace AND a.type = 'TEXT' AND a.text_value IS NOT NULL""" + from
				+ " ORDER BY r.id, a.question_id FETCH FIRST :limit ROWS ONLY")
			.param("workspace", workspace.value()).param("limit", limit);
		if (after != null) {
			query = query.param("response", after.response().value()).param("question", after.questionId());
		}
		return query.query((rs, row) -> new Comment(new ResponseId(rs.getObject(1, UUID.class)), rs.getString(2),
				rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant())).list();
	}

	/** @return how many comments the workspace's responses hold */
	@Transactional(readOnly = true)
	public long count(WorkspaceId workspace) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM survey_response r JOIN answer a ON a.response_id = r.id
				WHERE r.workspace_id = ? AND a.type = 'TEXT' AND a.text_value IS NOT NULL""")
			.param(workspace.value()).query(Long.class).single();
	}
}
