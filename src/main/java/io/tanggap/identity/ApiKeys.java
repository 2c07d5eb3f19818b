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

/** API keys of every workspace. */
@Repository
class ApiKeys {

	private final JdbcClient jdbc;

	ApiKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ApiKey> all(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM api_key WHERE workspace_id = ? ORDER BY created_at DESC")
				.param(workspace.value()).query(ApiKeys::map).list();
	}

	Optional<ApiKey> find(WorkspaceId workspace, UUID id) {
		return jdbc.sql("SELECT * FROM api_key WHERE workspace_id = ? AND id = ?").params(workspace.value(), id)
				.query(ApiKeys::map).optional();
	}

	/** Not scoped: authentication finds the key, and with it the workspace. */
	Optional<ApiKey> findByPrefix(String prefix) {
		return jdbc.sql("SELECT * FROM api_key WHERE prefix = ?").param(prefix).query(ApiKeys::map).optional();
	}

	void insert(ApiKey k) {
		jdbc.sql("""
				INSERT INTO api_key (id, workspace_id, name, prefix, secret_hash, role, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(k.id(), k.workspace().value(), k.name(), k.prefix(), k.secretHash(), k.role().name(),
						k.createdBy(), Timestamps.of(k.createdAt()))
				.update();
	}

	void touch(UUID id, Instant at) {
		jdbc.sql("UPDATE api_key SET last_used_at = ? WHERE id = ?").params(Timestamps.of(at), id).update();
	}

	boolean revoke(WorkspaceId workspace, UUID id, Instant at) {
		return jdbc.sql("UPDATE api_key SET revoked_at = ? WHERE workspace_id = ? AND id = ? AND revoked_at IS NULL")
				.params(Timestamps.of(at), workspace.value(), id).update() == 1;
	}

	private static ApiKey map(ResultSet rs, int row) throws SQLException {
		return new ApiKey(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				rs.getString("name"), rs.getString("prefix"), rs.getString("secret_hash"),
				Role.valueOf(rs.getString("role")), rs.getString("created_by"), Timestamps.instant(rs, "created_at"),
				Timestamps.instant(rs, "last_used_at"), Timestamps.instant(rs, "revoked_at"));
	}
}
