package io.tanggap.textanalytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;

/**
 * Each workspace's taxonomy as stored: its revision ({@code text_taxonomy}) and its own themes and
 * edits of the shipped ones ({@code text_theme}, keywords one a line). Every query is scoped to one
 * workspace.
 */
@Repository
class WorkspaceTaxonomies {

	/** A workspace's own theme, or its edit of a shipped one (same key). */
	record Row(String key, String nameId, String nameEn, List<String> keywords, boolean enabled, int position) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	WorkspaceTaxonomies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the taxonomy's revision, its row locked until the transaction ends: the readings and
	 *         the edits of one workspace take turns, so that a reading is always stamped with the
	 *         revision of the themes it was read for
	 */
	int lockedRevision(WorkspaceId workspace) {
		Optional<Integer> revision = locked(workspace);
		if (revision.isPresent()) {
			return revision.get();
		}
		jdbc.sql("INSERT INTO text_taxonomy (workspace_id, revision, changed_at) VALUES (?, 1, ?) ON CONFLICT DO NOTHING")
			.params(workspace.value(), clock.instant().atOffset(ZoneOffset.UTC)).update();
		return locked(workspace).orElseThrow();
	}

	/** @return the revision without locking it; 1 for a workspace whose themes were never edited */
	int revision(WorkspaceId workspace) {
		return jdbc.sql("SELECT revision FROM text_taxonomy WHERE workspace_id = ?").param(workspace.value())
			.query(Integer.class).optional().orElse(1);
	}

	/** @return the next revision, which the taxonomy now has; the caller holds the lock */
	int next(WorkspaceId workspace, String by, Instant at) {
		int next = lockedRevision(workspace) + 1;
		jdbc.sql("UPDATE text_taxonomy SET revision = ?, changed_at = ?, changed_by = ? WHERE workspace_id = ?")
			.params(next, at.atOffset(ZoneOffset.UTC), by, workspace.value()).update();
		return next;
	}

	/** @return in the order they were added */
	List<Row> rows(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM text_theme WHERE workspace_id = ? ORDER BY position, theme_key")
			.param(workspace.value())
			.query((rs, n) -> new Row(rs.getString("theme_key"), rs.getString("name_id"), rs.getString("name_en"),
					Arrays.stream(rs.getString("keywords").split("\n")).filter(k -> !k.isEmpty()).toList(),
					rs.getBoolean("enabled"), rs.getInt("position")))
			.list();
	}

	/** Stores the row, replacing the one of the same key. */
	void put(WorkspaceId workspace, Row row) {
		delete(workspace, row.key());
		jdbc.sql("""
				INSERT INTO text_theme (workspace_id, theme_key, name_id, name_en, keywords, enabled, position)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(workspace.value(), row.key(), row.nameId(), row.nameEn(), String.join("\n", row.keywords()),
					row.enabled(), row.position())
			.update();
	}

	void delete(WorkspaceId workspace, String key) {
		jdbc.sql("DELETE FROM text_theme WHERE workspace_id = ? AND theme_key = ?").params(workspace.value(), key)
			.update();
	}

	private Optional<Integer> locked(WorkspaceId workspace) {
		return jdbc.sql("SELECT revision FROM text_taxonomy WHERE workspace_id = ? FOR UPDATE").param(workspace.value())
			.query(Integer.class).optional();
	}
}
