package io.tanggap.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;

/** The users of every workspace; e-mail addresses are stored lower-case and unique. */
@Repository
class Users {

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Not scoped: used by sign-in, which does not know the workspace yet. */
	Optional<User> findByEmail(String email) {
		return jdbc.sql("SELECT * FROM app_user WHERE email = ?").param(email.toLowerCase(Locale.ROOT))
				.query(Users::map).optional();
	}

	Optional<User> find(WorkspaceId workspace, UUID id) {
		return jdbc.sql("SELECT * FROM app_user WHERE workspace_id = ? AND id = ?").params(workspace.value(), id)
				.query(Users::map).optional();
	}

	List<User> all(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM app_user WHERE workspace_id = ? ORDER BY display_name, email")
				.param(workspace.value()).query(Users::map).list();
	}

	long countWithRole(WorkspaceId workspace, Role role) {
		return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE workspace_id = ? AND role = ?")
				.params(workspace.value(), role.name()).query(Long.class).single();
	}

	void insert(User u) {
		jdbc.sql("""
				INSERT INTO app_user (id, workspace_id, email, display_name, password_hash, role, language, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(u.id(), u.workspace().value(), u.email().toLowerCase(Locale.ROOT), u.displayName(),
						u.passwordHash(), u.role().name(), u.language(), Timestamps.of(u.createdAt()))
				.update();
	}

	void changeRole(WorkspaceId workspace, UUID id, Role role) {
		jdbc.sql("UPDATE app_user SET role = ? WHERE workspace_id = ? AND id = ?")
				.params(role.name(), workspace.value(), id).update();
	}

	void changePassword(WorkspaceId workspace, UUID id, String passwordHash) {
		jdbc.sql("UPDATE app_user SET password_hash = ? WHERE workspace_id = ? AND id = ?")
				.params(passwordHash, workspace.value(), id).update();
	}

	void changeProfile(WorkspaceId workspace, UUID id, String displayName, String language) {
		jdbc.sql("UPDATE app_user SET display_name = ?, language = ? WHERE workspace_id = ? AND id = ?")
				.params(displayName, language, workspace.value(), id).update();
	}

	void delete(WorkspaceId workspace, UUID id) {
		jdbc.sql("DELETE FROM app_user WHERE workspace_id = ? AND id = ?").params(workspace.value(), id).update();
	}

	private static User map(ResultSet rs, int row) throws SQLException {
		return new User(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getString("language"), Timestamps.instant(rs, "created_at"));
	}
}
