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
 * Comments (the texts of open-text answers) in the order of their responses, for work that goes
 * through them a part at a time and may stop and go on later: text analytics reading a workspace's
 * history again after its themes changed, or catching up with the comments stored after a point.
 */
@Service
public class Comments {

	/** One comment, and where it stands in the order. */
	public record Comment(WorkspaceId workspace, ResponseId response, String questionId, String text,
			Instant submittedAt) {

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
				SELECT r.id, a.question_id, a.text_value, r.submitted_at, r.workspace_id FROM survey_response r
				JOIN answer a ON a.response_id = r.id
				WHERE r.workspace_id = :workspace AND a.type = 'TEXT' AND a.text_value IS NOT NULL""" + from
				+ " ORDER BY r.id, a.question_id FETCH FIRST :limit ROWS ONLY")
			.param("workspace", workspace.value()).param("limit", limit);
		if (after != null) {
			query = query.param("response", after.response().value()).param("question", after.questionId());
		}
		return query.query(Comments::comment).list();
	}

	/**
	 * The comments of a run of responses that follow each other in the order they were stored in.
	 * @param last the run's last response; the next run starts after it
	 */
	public record Part(List<Comment> comments, ResponseId last) {
	}

	/**
	 * @param after the last response of the previous run
	 * @return of every workspace, the comments of the next {@code responses} responses stored after
	 *         {@code after} (their ids, being time-ordered, are greater), in order of response and
	 *         question; empty when no response follows
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Part> storedAfter(ResponseId after, int responses) {
		// Not MAX: PostgreSQL before 16 has no max(uuid).
		UUID last = jdbc.sql("""
				SELECT id FROM (SELECT id FROM survey_response WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY) run
				ORDER BY id DESC FETCH FIRST 1 ROW ONLY""")
			.params(after.value(), responses).query(UUID.class).optional().orElse(null);
		if (last == null) {
			return java.util.Optional.empty();
		}
		List<Comment> comments = jdbc.sql("""
				SELECT r.id, a.question_id, a.text_value, r.submitted_at, r.workspace_id FROM survey_response r
				JOIN answer a ON a.response_id = r.id
				WHERE r.id > ? AND r.id <= ? AND a.type = 'TEXT' AND a.text_value IS NOT NULL
				ORDER BY r.id, a.question_id""")
			.params(after.value(), last).query(Comments::comment).list();
		return java.util.Optional.of(new Part(comments, new ResponseId(last)));
	}

	private static Comment comment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Comment(new WorkspaceId(rs.getObject(5, UUID.class)), new ResponseId(rs.getObject(1, UUID.class)),
				rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant());
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
