package io.tanggap.feedback;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.AnsweredQuestion;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyId;

/** Stored responses and their answers; every query is scoped to one workspace. */
@Repository
class Responses {

	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;

	Responses(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** Which response, of which survey, an idempotency key was first used for. */
	record KeyUse(ResponseId response, SurveyId survey) {
	}

	Optional<SurveyResponse> find(WorkspaceId workspace, ResponseId id) {
		return withAnswers(jdbc.sql("SELECT * FROM survey_response WHERE workspace_id = ? AND id = ?")
			.params(workspace.value(), id.value()).query(this::map).list()).stream().findFirst();
	}

	Optional<KeyUse> findKey(WorkspaceId workspace, String idempotencyKey) {
		return jdbc.sql("SELECT id, survey_id FROM survey_response WHERE workspace_id = ? AND idempotency_key = ?")
			.params(workspace.value(), idempotencyKey)
			.query((rs, row) -> new KeyUse(new ResponseId(rs.getObject(1, UUID.class)),
					new SurveyId(rs.getObject(2, UUID.class))))
			.optional();
	}

	/** @return for each of the keys already used in the workspace, which response used it first */
	Map<String, KeyUse> findKeys(WorkspaceId workspace, java.util.Collection<String> idempotencyKeys) {
		Map<String, KeyUse> found = new HashMap<>();
		if (idempotencyKeys.isEmpty()) {
			return found;
		}
		// Pairs rather than "workspace_id = ? AND idempotency_key IN (...)": H2 reads the latter by
		// the workspace alone and filters every response of the workspace.
		List<Object[]> pairs = idempotencyKeys.stream().map(key -> new Object[] { workspace.value(), key }).toList();
		jdbc.sql("SELECT idempotency_key, id, survey_id FROM survey_response WHERE (workspace_id, idempotency_key) IN (:pairs)")
			.param("pairs", pairs)
			.query((rs, row) -> found.put(rs.getString(1), new KeyUse(new ResponseId(rs.getObject(2, UUID.class)),
					new SurveyId(rs.getObject(3, UUID.class)))))
			.list();
		return found;
	}

	/** @return the newest first */
	List<SurveyResponse> ofSurvey(WorkspaceId workspace, SurveyId survey, int offset, int limit) {
		return withAnswers(jdbc.sql("""
				SELECT * FROM survey_response WHERE workspace_id = ? AND survey_id = ?
				ORDER BY submitted_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY""")
			.params(workspace.value(), survey.value(), offset, limit).query(this::map).list());
	}

	/** @return a page of the responses that match, newest first */
	List<SurveyResponse> matching(ResponseFilter.Where where, int offset, int limit) {
		return withAnswers(jdbc.sql("SELECT r.* FROM survey_response r WHERE " + where.sql()
				+ " ORDER BY r.submitted_at DESC, r.id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
			.params(where.params()).param("offset", offset).param("limit", limit).query(this::map).list());
	}

	/**
	 * @return the next responses that match after {@code last} (null for the first) in the order of
	 * {@link #matching}; keyset paging, so that reading far into a long export stays cheap
	 */
	List<SurveyResponse> matchingAfter(ResponseFilter.Where where, SurveyResponse last, int limit) {
		String after = last == null ? ""
				: " AND (r.submitted_at < :lastAt OR (r.submitted_at = :lastAt AND r.id > :lastId))";
		var query = jdbc.sql("SELECT r.* FROM survey_response r WHERE " + where.sql() + after
				+ " ORDER BY r.submitted_at DESC, r.id FETCH FIRST :limit ROWS ONLY")
			.params(where.params()).param("limit", limit);
		if (last != null) {
			query = query.param("lastAt", utc(last.submittedAt())).param("lastId", last.id().value());
		}
		return withAnswers(query.query(this::map).list());
	}

	long count(ResponseFilter.Where where) {
		return jdbc.sql("SELECT COUNT(*) FROM survey_response r WHERE " + where.sql()).params(where.params())
			.query(Long.class).single();
	}

	long count(WorkspaceId workspace, SurveyId survey) {
		return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE workspace_id = ? AND survey_id = ?")
			.params(workspace.value(), survey.value()).query(Long.class).single();
	}

	private static final String INSERT_RESPONSE = """
			INSERT INTO survey_response (id, workspace_id, survey_id, survey_version, idempotency_key, channel,
			  branch_id, touchpoint, customer_ref, language, submitted_at, received_at, scores)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
	/** The SQL type of each column, for its nulls: values are set as they are. */
	private static final int[] RESPONSE_TYPES = { Types.OTHER, Types.OTHER, Types.OTHER, Types.INTEGER, Types.VARCHAR,
			Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR };
	private static final int[] ANSWER_TYPES = { Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
			Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR };

	/** Deletes the response and its answers. */
	void delete(SurveyResponse r) {
		jdbc.sql("DELETE FROM answer WHERE response_id = ?").params(r.id().value()).update();
		jdbc.sql("DELETE FROM survey_response WHERE workspace_id = ? AND id = ?").params(r.workspace().value(), r.id().value())
			.update();
	}

	/** Stores a corrected channel, branch and touchpoint. */
	void correct(SurveyResponse r) {
		jdbc.sql("UPDATE survey_response SET channel = ?, branch_id = ?, touchpoint = ? WHERE workspace_id = ? AND id = ?")
			.params(r.channel().name(), r.branch(), r.touchpoint(), r.workspace().value(), r.id().value()).update();
	}

	/**
	 * Inserts the responses whose idempotency key is new in their workspace, with their answers, in
	 * two batched statements: a shared commit costs a few round trips rather than several per
	 * response, and needs no look-up of keys before it. A key used earlier, also earlier in this
	 * batch, leaves its response out.
	 * @return the responses that were stored, in order
	 */
	List<SurveyResponse> insertNew(List<SurveyResponse> batch) {
		int[] counts = jdbcTemplate.batchUpdate(INSERT_RESPONSE + " ON CONFLICT DO NOTHING",
				rows(batch.stream().map(Responses::responseRow).toList(), RESPONSE_TYPES));
		List<SurveyResponse> stored = new ArrayList<>();
		boolean counted = Arrays.stream(counts).allMatch(count -> count == 0 || count == 1);
		for (int i = 0; i < batch.size(); i++) {
			SurveyResponse r = batch.get(i);
			if (counted ? counts[i] == 1 : storedAs(r)) {
				stored.add(r);
			}
		}
		insertAnswers(stored);
		return stored;
	}

	/** For a driver that reports no count per row: whether the row holding the key is this response. */
	private boolean storedAs(SurveyResponse r) {
		return findKey(r.workspace(), r.idempotencyKey()).map(KeyUse::response).filter(r.id()::equals).isPresent();
	}

	private static Object[] responseRow(SurveyResponse r) {
		return new Object[] { r.id().value(), r.workspace().value(), r.survey().value(), r.surveyVersion(),
				r.idempotencyKey(), r.channel().name(), r.branch(), r.touchpoint(), r.customerRef(), r.language(),
				utc(r.submittedAt()), utc(r.receivedAt()), r.scores() };
	}

	private void insertAnswers(List<SurveyResponse> stored) {
		List<Object[]> answers = new ArrayList<>();
		for (SurveyResponse r : stored) {
			for (AnsweredQuestion a : r.answers()) {
				answers.add(new Object[] { r.id().value(), a.questionId(), a.type().name(), a.role().name(), a.score(),
						a.scaleMin(), a.scaleMax(), a.choices().isEmpty() ? null : String.join(",", a.choices()),
						a.text() });
			}
		}
		if (!answers.isEmpty()) {
			jdbcTemplate.batchUpdate("""
					INSERT INTO answer (response_id, question_id, type, role, score, scale_min, scale_max, choices, text_value)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows(answers, ANSWER_TYPES));
		}
	}

	/** Sets each value as it is and each null with its column's type, so the driver is never asked for types. */
	private static BatchPreparedStatementSetter rows(List<Object[]> rows, int[] nullTypes) {
		return new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				Object[] row = rows.get(i);
				for (int c = 0; c < row.length; c++) {
					if (row[c] == null) {
						statement.setNull(c + 1, nullTypes[c]);
					}
					else {
						statement.setObject(c + 1, row[c]);
					}
				}
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		};
	}

	private Map<UUID, List<AnsweredQuestion>> answers(List<UUID> responses) {
		Map<UUID, List<AnsweredQuestion>> answers = new HashMap<>();
		if (responses.isEmpty()) {
			return answers;
		}
		jdbc.sql("SELECT * FROM answer WHERE response_id IN (:ids) ORDER BY response_id").param("ids", responses)
			.query((RowCallbackHandler) rs -> answers.computeIfAbsent(rs.getObject("response_id", UUID.class),
					id -> new ArrayList<>()).add(answer(rs)));
		return answers;
	}

	private static AnsweredQuestion answer(ResultSet rs) throws SQLException {
		String choices = rs.getString("choices");
		return new AnsweredQuestion(rs.getString("question_id"), QuestionType.valueOf(rs.getString("type")),
					MetricRole.valueOf(rs.getString("role")), integer(rs, "score"), integer(rs, "scale_min"),
					integer(rs, "scale_max"), choices == null ? List.of() : Arrays.asList(choices.split(",")),
					rs.getString("text_value"));
	}

	/**
	 * Reads the answers after the responses' own query has finished: a query inside the row mapper
	 * would take a second connection while the first is held, and busy threads would then starve
	 * the pool.
	 */
	private List<SurveyResponse> withAnswers(List<SurveyResponse> responses) {
		Map<UUID, List<AnsweredQuestion>> answers = answers(responses.stream().map(r -> r.id().value()).toList());
		return responses.stream().map(r -> new SurveyResponse(r.id(), r.workspace(), r.survey(), r.surveyVersion(),
				r.idempotencyKey(), r.channel(), r.branch(), r.touchpoint(), r.customerRef(), r.language(),
				r.submittedAt(), r.receivedAt(), answers.getOrDefault(r.id().value(), List.of()), r.scores())).toList();
	}

	private SurveyResponse map(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new SurveyResponse(new ResponseId(id), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				new SurveyId(rs.getObject("survey_id", UUID.class)), rs.getInt("survey_version"),
				rs.getString("idempotency_key"), Channel.valueOf(rs.getString("channel")),
				rs.getObject("branch_id", UUID.class), rs.getString("touchpoint"), rs.getString("customer_ref"),
				rs.getString("language"), instant(rs, "submitted_at"), instant(rs, "received_at"), List.of(),
				rs.getString("scores"));
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}
}
