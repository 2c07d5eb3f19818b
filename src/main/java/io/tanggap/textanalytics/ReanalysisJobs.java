package io.tanggap.textanalytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.feedback.Comments;
import io.tanggap.feedback.ResponseId;
import io.tanggap.shared.WorkspaceId;

/**
 * Each workspace's latest reading again of its comments ({@code text_reanalysis}): for which revision,
 * how far it got (the position after which it goes on, how many comments it went through of how
 * many), and until when a node holds it.
 */
@Repository
class ReanalysisJobs {

	static final String RUNNING = "running";
	static final String DONE = "done";

	/**
	 * @param total the workspace's comments when the work started; null until it is counted
	 * @param after where the next part starts; null at the beginning
	 * @param finishedAt null while running
	 */
	record Job(WorkspaceId workspace, int revision, String state, long done, Long total, Comments.Position after,
			Instant startedAt, Instant finishedAt) {
	}

	private final JdbcClient jdbc;

	ReanalysisJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts the work again from the beginning, for this revision, free for any node to claim. */
	void start(WorkspaceId workspace, int revision, Instant now) {
		jdbc.sql("DELETE FROM text_reanalysis WHERE workspace_id = ?").param(workspace.value()).update();
		jdbc.sql("""
				INSERT INTO text_reanalysis (workspace_id, revision, state, done, total, started_at, claimed_until)
				VALUES (?, ?, 'running', 0, NULL, ?, ?)""")
			.params(workspace.value(), revision, utc(now), utc(now)).update();
	}

	Optional<Job> find(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM text_reanalysis WHERE workspace_id = ?").param(workspace.value())
			.query(ReanalysisJobs::map).optional();
	}

	/** @return workspaces whose work runs and that no node holds, the longest waiting first */
	List<WorkspaceId> due(Instant now, int limit) {
		return jdbc.sql("""
				SELECT workspace_id FROM text_reanalysis WHERE state = 'running' AND claimed_until <= ?
				ORDER BY started_at FETCH FIRST ? ROWS ONLY""")
			.params(utc(now), limit).query((rs, n) -> new WorkspaceId(rs.getObject(1, UUID.class))).list();
	}

	/** @return whether this node now holds the work until {@code until}; false when another took it first */
	boolean claim(WorkspaceId workspace, Instant now, Instant until) {
		return jdbc.sql("""
				UPDATE text_reanalysis SET claimed_until = ?
				WHERE workspace_id = ? AND state = 'running' AND claimed_until <= ?""")
			.params(utc(until), workspace.value(), utc(now)).update() == 1;
	}

	/** Lets another node (or this one) go on with the work at once. */
	void release(WorkspaceId workspace, Instant now) {
		jdbc.sql("UPDATE text_reanalysis SET claimed_until = ? WHERE workspace_id = ? AND state = 'running'")
			.params(utc(now), workspace.value()).update();
	}

	void counted(WorkspaceId workspace, int revision, long total) {
		jdbc.sql("UPDATE text_reanalysis SET total = ? WHERE workspace_id = ? AND revision = ?")
			.params(total, workspace.value(), revision).update();
	}

	/** Records a part gone through, and holds the work for another while. */
	void advance(WorkspaceId workspace, int revision, Comments.Position after, int comments, Instant until) {
		jdbc.sql("""
				UPDATE text_reanalysis SET after_response = ?, after_question = ?, done = done + ?, claimed_until = ?
				WHERE workspace_id = ? AND revision = ?""")
			.params(after.response().value(), after.questionId(), comments, utc(until), workspace.value(), revision)
			.update();
	}

	/** Ends the work; the total becomes what was gone through (comments arrive while it runs). */
	void finish(WorkspaceId workspace, int revision, Instant now) {
		jdbc.sql("""
				UPDATE text_reanalysis SET state = 'done', finished_at = ?, total = done
				WHERE workspace_id = ? AND revision = ?""")
			.params(utc(now), workspace.value(), revision).update();
	}

	private static Job map(ResultSet rs, int row) throws SQLException {
		UUID after = rs.getObject("after_response", UUID.class);
		long total = rs.getLong("total");
		boolean counted = !rs.wasNull();
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new Job(new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getInt("revision"),
				rs.getString("state"), rs.getLong("done"), counted ? total : null,
				after == null ? null : new Comments.Position(new ResponseId(after), rs.getString("after_question")),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
