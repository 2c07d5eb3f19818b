package io.tanggap.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.tanggap.shared.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

/** Surveys and their published versions; every query is scoped to one workspace. */
@Repository
class Surveys {

	private record VersionKey(SurveyId survey, int version) {
	}

	private record Remembered(State state, long until) {
	}

	private static final int MAX_CACHED_VERSIONS = 10_000;
	private static final int MAX_REMEMBERED_STATES = 10_000;
	/** How long a node remembers a survey's state; a change on this node forgets it at once. */
	static final Duration REMEMBER_STATE = Duration.ofSeconds(1);

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Map<VersionKey, SurveyDefinition> versions = new ConcurrentHashMap<>();
	private final Map<SurveyId, Remembered> states = new ConcurrentHashMap<>();

	Surveys(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Survey> all(WorkspaceId workspace) {
		return jdbc.sql("SELECT * FROM survey WHERE workspace_id = ? ORDER BY updated_at DESC")
			.param(workspace.value()).query(this::map).list();
	}

	Optional<Survey> find(WorkspaceId workspace, SurveyId id) {
		return jdbc.sql("SELECT * FROM survey WHERE workspace_id = ? AND id = ?").params(workspace.value(), id.value())
			.query(this::map).optional();
	}

	/** What taking an answer needs to know of a survey, without reading its draft. */
	record State(SurveyId id, WorkspaceId workspace, String name, Survey.Status status, Integer publishedVersion) {
	}

	/**
	 * Not scoped: callers compare the workspace, or serve a public link that carries the id only.
	 * Remembered for {@link #REMEMBER_STATE}, so that a busy survey costs no query per answer; a
	 * change made on this node is seen at once (a read that raced with it, within that time), one
	 * made on another node within that time.
	 */
	Optional<State> state(SurveyId id) {
		long now = System.nanoTime();
		Remembered remembered = states.get(id);
		if (remembered != null && remembered.until() - now > 0) {
			return Optional.of(remembered.state());
		}
		Optional<State> state = readState(id);
		state.ifPresent(read -> {
			if (states.size() >= MAX_REMEMBERED_STATES) {
				states.clear();
			}
			states.put(id, new Remembered(read, now + REMEMBER_STATE.toNanos()));
		});
		return state;
	}

	private Optional<State> readState(SurveyId id) {
		return jdbc.sql("SELECT workspace_id, name, status, published_version FROM survey WHERE id = ?")
			.param(id.value())
			.query((rs, row) -> {
				int version = rs.getInt("published_version");
				Integer published = rs.wasNull() ? null : version;
				return new State(id, new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("name"),
						Survey.Status.valueOf(rs.getString("status")), published);
			})
			.optional();
	}

	/** @return the numbers of the published versions of the workspace's surveys */
	Map<SurveyId, List<Integer>> versionsOf(WorkspaceId workspace) {
		Map<SurveyId, List<Integer>> versions = new HashMap<>();
		jdbc.sql("SELECT v.survey_id, v.version FROM survey_version v JOIN survey s ON s.id = v.survey_id "
				+ "WHERE s.workspace_id = ?")
			.param(workspace.value())
			.query((RowCallbackHandler) rs -> versions
				.computeIfAbsent(new SurveyId(rs.getObject(1, UUID.class)), id -> new ArrayList<>()).add(rs.getInt(2)));
		return versions;
	}

	/** Published versions never change, so each is read and parsed once per node. */
	Optional<SurveyDefinition> version(SurveyId id, int version) {
		VersionKey key = new VersionKey(id, version);
		SurveyDefinition cached = versions.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<SurveyDefinition> read = jdbc.sql("SELECT definition FROM survey_version WHERE survey_id = ? AND version = ?")
			.params(id.value(), version).query((rs, row) -> read(rs.getString(1))).optional();
		read.ifPresent(definition -> {
			if (versions.size() >= MAX_CACHED_VERSIONS) {
				versions.clear();
			}
			versions.put(key, definition);
		});
		return read;
	}

	void insert(Survey s) {
		jdbc.sql("""
				INSERT INTO survey (id, workspace_id, name, status, draft_definition, published_version, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(s.id().value(), s.workspace().value(), s.name(), s.status().name(), write(s.draft()),
					s.publishedVersion(), utc(s.createdAt()), utc(s.updatedAt()))
			.update();
	}

	void update(Survey s) {
		forgetState(s.id());
		jdbc.sql("""
				UPDATE survey SET name = ?, status = ?, draft_definition = ?, published_version = ?, updated_at = ?
				WHERE workspace_id = ? AND id = ?""")
			.params(s.name(), s.status().name(), write(s.draft()), s.publishedVersion(), utc(s.updatedAt()),
					s.workspace().value(), s.id().value())
			.update();
	}

	/** Forgets the state now and again once the change's transaction ends, when others can read it. */
	private void forgetState(SurveyId id) {
		states.remove(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					states.remove(id);
				}
			});
		}
	}

	void insertVersion(Survey s, Instant at) {
		jdbc.sql("INSERT INTO survey_version (survey_id, version, definition, published_at) VALUES (?, ?, ?, ?)")
			.params(s.id().value(), s.publishedVersion(), write(s.draft()), utc(at)).update();
	}

	private String write(SurveyDefinition definition) {
		return json.writeValueAsString(definition);
	}

	private SurveyDefinition read(String text) {
		return json.readValue(text, SurveyDefinition.class);
	}

	private Survey map(ResultSet rs, int row) throws SQLException {
		int stored = rs.getInt("published_version");
		Integer version = rs.wasNull() ? null : stored;
		return new Survey(new SurveyId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("name"),
				Survey.Status.valueOf(rs.getString("status")), read(rs.getString("draft_definition")),
				version, instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
