package io.tanggap.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;

/** The branches of each workspace; every query is scoped to one workspace. */
@Repository
class Branches {

	private final JdbcClient jdbc;

	Branches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Branch> all(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM branch WHERE workspace_id = ? ORDER BY name").param(workspace.value())
				.query(Branches::map).list();
	}

	Optional<Branch> find(WorkspaceId workspace, UUID id) {
		return jdbc.sql("SELECT * FROM branch WHERE workspace_id = ? AND id = ?").params(workspace.value(), id)
				.query(Branches::map).optional();
	}

	boolean nameTaken(WorkspaceId workspace, String name, UUID except) {
		return jdbc.sql("SELECT COUNT(*) FROM branch WHERE workspace_id = ? AND LOWER(name) = LOWER(?) AND id <> ?")
				.params(workspace.value(), name, except).query(Long.class).single() > 0;
	}

	void insert(Branch b) {
		jdbc.sql("INSERT INTO branch (id, workspace_id, name, city, address, created_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(b.id(), b.workspace().value(), b.name(), b.city(), b.address(), Timestamps.of(b.createdAt()))
				.update();
	}

	void update(Branch b) {
		jdbc.sql("UPDATE branch SET name = ?, city = ?, address = ? WHERE workspace_id = ? AND id = ?")
				.params(b.name(), b.city(), b.address(), b.workspace().value(), b.id()).update();
	}

	boolean delete(WorkspaceId workspace, UUID id) {
		return jdbc.sql("DELETE FROM branch WHERE workspace_id = ? AND id = ?").params(workspace.value(), id)
				.update() > 0;
	}

	private static Branch map(ResultSet rs, int row) throws SQLException {
		return new Branch(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				rs.getString("name"), rs.getString("city"), rs.getString("address"),
				Timestamps.instant(rs, "created_at"));
	}
}
