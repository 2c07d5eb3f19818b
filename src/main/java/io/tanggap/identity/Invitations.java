package io.tanggap.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;

/** Invitations of every workspace. */
@Repository
class Invitations {

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Invitation> all(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM invitation WHERE workspace_id = ? ORDER BY created_at DESC")
				.param(workspace.value()).query(Invitations::map).list();
	}

	Optional<Invitation> find(WorkspaceId workspace, UUID id) {
		return jdbc.sql("SELECT * FROM invitation WHERE workspace_id = ? AND id = ?").params(workspace.value(), id)
				.query(Invitations::map).optional();
	}

	/** Not scoped: the token itself is the proof of access. */
	Optional<Invitation> findByTokenHash(String tokenHash) {
		return jdbc.sql("SELECT * FROM invitation WHERE token_hash = ?").param(tokenHash).query(Invitations::map)
				.optional();
	}

	boolean openFor(WorkspaceId workspace, String email, Instant now) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM invitation WHERE workspace_id = ? AND email = ?
				AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?""")
				.params(workspace.value(), email, Timestamps.of(now)).query(Long.class).single() > 0;
	}

	void insert(Invitation i) {
		jdbc.sql("""
				INSERT INTO invitation (id, workspace_id, email, role, token_hash, invited_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(i.id(), i.workspace().value(), i.email(), i.role().name(), i.tokenHash(), i.invitedBy(),
						Timestamps.of(i.createdAt()), Timestamps.of(i.expiresAt()))
				.update();
	}

	/** @return false when it was no longer open (accepted or revoked meanwhile) */
	boolean markAccepted(UUID id, Instant at) {
		return jdbc.sql("UPDATE invitation SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL")
				.params(Timestamps.of(at), id).update() == 1;
	}

	boolean markRevoked(WorkspaceId workspace, UUID id, Instant at) {
		return jdbc.sql("""
				UPDATE invitation SET revoked_at = ?
				WHERE workspace_id = ? AND id = ? AND accepted_at IS NULL AND revoked_at IS NULL""")
				.params(Timestamps.of(at), workspace.value(), id).update() == 1;
	}

	private static Invitation map(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("email"),
				Role.valueOf(rs.getString("role")), rs.getString("token_hash"), rs.getString("invited_by"),
				Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "expires_at"),
				Timestamps.instant(rs, "accepted_at"), Timestamps.instant(rs, "revoked_at"));
	}
}
