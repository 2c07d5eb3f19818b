package io.tanggap.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;

/** The external benchmarks of each workspace; every query is scoped to one workspace. */
@Repository
class Benchmarks {

	private final JdbcClient jdbc;

	Benchmarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return by figure key, then the newest year first */
	List<Benchmark> all(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM benchmark WHERE workspace_id = ? ORDER BY figure_key, source_year DESC, label, created_at")
			.param(workspace.value()).query(Benchmarks::map).list();
	}

	Optional<Benchmark> find(WorkspaceId workspace, UUID id) {
		return jdbc.sql("SELECT * FROM benchmark WHERE workspace_id = ? AND id = ?").params(workspace.value(), id)
			.query(Benchmarks::map).optional();
	}

	/** @return whether the workspace holds a benchmark of the same figure, value, source, year and label */
	boolean holds(WorkspaceId workspace, BenchmarkDetails d) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM benchmark WHERE workspace_id = ? AND figure_key = ? AND figure_value = ?
				AND LOWER(source) = LOWER(?) AND source_year = ? AND LOWER(COALESCE(label, '')) = LOWER(?)""")
			.params(workspace.value(), d.figure(), d.value(), d.source(), d.year(), d.label() == null ? "" : d.label())
			.query(Long.class).single() > 0;
	}

	void insert(Benchmark b) {
		BenchmarkDetails d = b.details();
		jdbc.sql("""
				INSERT INTO benchmark (id, workspace_id, figure_key, figure_value, label, source, source_url, source_year,
				country, method, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(b.id(), b.workspace().value(), d.figure(), d.value(), d.label(), d.source(), d.sourceUrl(), d.year(),
					d.country(), d.method(), b.createdBy(), b.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	boolean delete(WorkspaceId workspace, UUID id) {
		return jdbc.sql("DELETE FROM benchmark WHERE workspace_id = ? AND id = ?").params(workspace.value(), id).update() > 0;
	}

	private static Benchmark map(ResultSet rs, int row) throws SQLException {
		return new Benchmark(rs.getObject("id", UUID.class), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				new BenchmarkDetails(rs.getString("figure_key"), rs.getDouble("figure_value"), rs.getString("label"),
						rs.getString("source"), rs.getString("source_url"), rs.getInt("source_year"), rs.getString("country"),
						rs.getString("method")),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
