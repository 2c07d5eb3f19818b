package io.tanggap.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;

/** The workspaces of this installation. */
@Repository
class Workspaces {

	private final JdbcClient jdbc;

	Workspaces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean any() {
		return jdbc.sql("SELECT COUNT(*) FROM workspace").query(Long.class).single() > 0;
	}

	/** @return false when first-run setup has been done already (possibly just now, by someone else) */
	boolean markFirstRun(Instant at) {
		try {
			return jdbc.sql("INSERT INTO first_run (id, done_at) VALUES (1, ?)").param(Timestamps.of(at)).update() == 1;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	Optional<Workspace> find(WorkspaceId id) {
		return jdbc.sql("SELECT * FROM workspace WHERE id = ?").param(id.value()).query(Workspaces::map).optional();
	}

	Optional<Workspace> findByName(String name) {
		return jdbc.sql("SELECT * FROM workspace WHERE LOWER(name) = LOWER(?)").param(name)
				.query(Workspaces::map).optional();
	}

	List<Workspace> all() {
		return jdbc.sql("SELECT * FROM workspace ORDER BY created_at").query(Workspaces::map).list();
	}

	void insert(Workspace w) {
		jdbc.sql("INSERT INTO workspace (id, name, time_zone, currency, language, created_at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(w.id().value(), w.name(), w.timeZone().getId(), w.currency().getCurrencyCode(), w.language(),
						Timestamps.of(w.createdAt()))
				.update();
	}

	void update(Workspace w) {
		jdbc.sql("UPDATE workspace SET name = ?, time_zone = ?, currency = ?, language = ? WHERE id = ?")
				.params(w.name(), w.timeZone().getId(), w.currency().getCurrencyCode(), w.language(), w.id().value())
				.update();
	}

	private static Workspace map(ResultSet rs, int row) throws SQLException {
		return new Workspace(new WorkspaceId(rs.getObject("id", java.util.UUID.class)), rs.getString("name"),
				ZoneId.of(rs.getString("time_zone")), Currency.getInstance(rs.getString("currency")),
				rs.getString("language"), Timestamps.instant(rs, "created_at"));
	}
}
