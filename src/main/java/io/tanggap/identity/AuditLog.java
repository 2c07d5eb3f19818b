package io.tanggap.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.tanggap.shared.WorkspaceId;

/**
 * The audit log of security-relevant actions. An entry is written in the caller's transaction, so
 * an action and its entry are committed together or not at all.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param action a stable dotted name such as {@code user.invited}
	 * @param detail what a reader needs to understand the entry; at most 1000 characters are kept
	 */
	public void record(WorkspaceId workspace, String actor, String action, String detail) {
		String kept = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
		jdbc.sql("""
				INSERT INTO audit_entry (id, workspace_id, occurred_at, actor, action, detail, client)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), workspace == null ? null : workspace.value(),
						Timestamps.of(clock.instant()), actor, action, kept, client())
				.update();
	}

	public void record(Actor actor, String action, String detail) {
		record(actor.workspace(), actor.name(), action, detail);
	}

	/** @return the newest entries first, {@code limit} of them after skipping {@code offset} */
	public List<AuditEntry> recent(WorkspaceId workspace, int offset, int limit) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE workspace_id = ? ORDER BY occurred_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
				.params(workspace.value(), offset, limit).query(AuditLog::map).list();
	}

	private static String client() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "cli";
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		UUID workspace = rs.getObject("workspace_id", UUID.class);
		return new AuditEntry(rs.getObject("id", UUID.class), workspace == null ? null : new WorkspaceId(workspace),
				Timestamps.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
				rs.getString("detail"), rs.getString("client"));
	}
}
