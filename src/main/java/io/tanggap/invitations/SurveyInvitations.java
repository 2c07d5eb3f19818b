package io.tanggap.invitations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.invitations.Invitation.State;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.SurveyId;

/** SurveyInvitations, their campaigns and the unsubscribed addresses, in the database. */
@Repository
class SurveyInvitations {

	/** A campaign with the number of its invitations in each state. */
	record Campaign(UUID id, String fileName, String uploadedBy, Instant uploadedAt, int rowsRejected,
			Map<State, Integer> counts, int total) {

		Campaign(UUID id, String fileName, String uploadedBy, Instant uploadedAt, int rowsRejected, Map<State, Integer> counts) {
			this(id, fileName, uploadedBy, uploadedAt, rowsRejected, counts,
					counts.values().stream().mapToInt(Integer::intValue).sum());
		}
	}

	private static final String COLUMNS = "id, campaign_id, workspace_id, survey_id, email, name, customer_ref, language, "
			+ "token, state, attempts, next_attempt_at, created_at, sent_at, reminded_at, responded_at, last_error";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	SurveyInvitations(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void insertCampaign(UUID id, WorkspaceId workspace, SurveyId survey, String fileName, String uploadedBy,
			Instant at, int rowsRejected) {
		jdbc.sql("INSERT INTO invitation_campaign (id, workspace_id, survey_id, file_name, uploaded_by, uploaded_at, rows_rejected) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(id, workspace.value(), survey.value(), fileName, uploadedBy, utc(at), rowsRejected).update();
	}

	void insert(Collection<Invitation> invitations) {
		template.batchUpdate("INSERT INTO survey_invitation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				invitations.stream().map(i -> new Object[] { i.id(), i.campaign(), i.workspace().value(),
						i.survey().value(), i.email(), i.name(), i.customerRef(), i.language(), i.token(),
						i.state().name(), i.attempts(), utc(i.nextAttemptAt()), utc(i.createdAt()), utc(i.sentAt()),
						utc(i.remindedAt()), utc(i.respondedAt()), i.lastError() }).toList());
	}

	/** @return the addresses invited (not skipped) since {@code since} */
	Set<String> invitedSince(WorkspaceId workspace, Instant since) {
		return new HashSet<>(jdbc.sql("SELECT DISTINCT email FROM survey_invitation WHERE workspace_id = ? AND created_at >= ? "
				+ "AND state NOT IN ('SKIPPED_FATIGUE', 'SKIPPED_UNSUBSCRIBED')")
			.params(workspace.value(), utc(since)).query(String.class).list());
	}

	Set<String> unsubscribed(WorkspaceId workspace) {
		return new HashSet<>(jdbc.sql("SELECT email FROM invitation_unsubscribed WHERE workspace_id = ?")
			.param(workspace.value()).query(String.class).list());
	}

	Optional<Invitation> byToken(String token) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE token = ?").param(token)
			.query(SurveyInvitations::invitation).optional();
	}

	/** @return invitations whose e-mail (invitation or reminder) is due and that no node holds */
	List<UUID> due(Instant now, int limit) {
		return jdbc.sql("SELECT id FROM survey_invitation WHERE state IN ('QUEUED', 'SENT') AND next_attempt_at <= ? "
				+ "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at LIMIT ?")
			.params(utc(now), utc(now), limit).query(UUID.class).list();
	}

	/** Takes an invitation for this node until {@code until}; only one node can win it. */
	Optional<Invitation> claim(UUID id, Instant now, Instant until) {
		int claimed = jdbc.sql("UPDATE survey_invitation SET claimed_until = ? WHERE id = ? AND state IN ('QUEUED', 'SENT') "
				+ "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)")
			.params(utc(until), id, utc(now), utc(now)).update();
		return claimed == 0 ? Optional.empty()
				: jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE id = ?").param(id).query(SurveyInvitations::invitation).optional();
	}

	/** Records the outcome of a claimed invitation and releases it; a response that came meanwhile wins. */
	void release(Invitation after) {
		jdbc.sql("UPDATE survey_invitation SET state = ?, attempts = ?, next_attempt_at = ?, sent_at = ?, reminded_at = ?, "
				+ "last_error = ?, claimed_until = NULL WHERE id = ? AND state IN ('QUEUED', 'SENT')")
			.params(after.state().name(), after.attempts(), utc(after.nextAttemptAt()), utc(after.sentAt()),
					utc(after.remindedAt()), after.lastError(), after.id())
			.update();
	}

	/** Idempotent: only an invitation not yet answered changes. */
	void responded(WorkspaceId workspace, String token, Instant at) {
		jdbc.sql("UPDATE survey_invitation SET state = 'RESPONDED', responded_at = ?, next_attempt_at = NULL "
				+ "WHERE workspace_id = ? AND token = ? AND state IN ('QUEUED', 'SENT', 'FAILED')")
			.params(utc(at), workspace.value(), token).update();
	}

	/** Idempotent: records the address once and stops every open invitation to it in the workspace. */
	void unsubscribe(WorkspaceId workspace, String email, Instant at) {
		jdbc.sql("INSERT INTO invitation_unsubscribed (workspace_id, email, unsubscribed_at) SELECT ?, ?, ? "
				+ "WHERE NOT EXISTS (SELECT 1 FROM invitation_unsubscribed WHERE workspace_id = ? AND email = ?)")
			.params(workspace.value(), email, utc(at), workspace.value(), email).update();
		jdbc.sql("UPDATE survey_invitation SET state = 'UNSUBSCRIBED', next_attempt_at = NULL "
				+ "WHERE workspace_id = ? AND email = ? AND state IN ('QUEUED', 'SENT', 'FAILED')")
			.params(workspace.value(), email).update();
	}

	boolean isUnsubscribed(WorkspaceId workspace, String email) {
		return jdbc.sql("SELECT COUNT(*) FROM invitation_unsubscribed WHERE workspace_id = ? AND email = ?")
			.params(workspace.value(), email).query(Long.class).single() > 0;
	}

	/** @return the survey's campaigns, newest first, with counts per state */
	List<Campaign> campaigns(WorkspaceId workspace, SurveyId survey) {
		Map<UUID, Map<State, Integer>> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT i.campaign_id, i.state, COUNT(*) AS n FROM survey_invitation i JOIN invitation_campaign c ON c.id = i.campaign_id "
				+ "WHERE c.workspace_id = ? AND c.survey_id = ? GROUP BY i.campaign_id, i.state")
			.params(workspace.value(), survey.value())
			.query(rs -> {
				counts.computeIfAbsent(rs.getObject("campaign_id", UUID.class), c -> zeros())
					.put(State.valueOf(rs.getString("state")), rs.getInt("n"));
			});
		return jdbc.sql("SELECT id, file_name, uploaded_by, uploaded_at, rows_rejected FROM invitation_campaign "
				+ "WHERE workspace_id = ? AND survey_id = ? ORDER BY uploaded_at DESC, id")
			.params(workspace.value(), survey.value())
			.query((rs, n) -> new Campaign(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("uploaded_by"), instant(rs, "uploaded_at"), rs.getInt("rows_rejected"),
					counts.getOrDefault(rs.getObject("id", UUID.class), zeros())))
			.list();
	}

	/** @return the survey's invitations in every campaign, oldest first */
	List<Invitation> ofSurvey(WorkspaceId workspace, SurveyId survey, int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE workspace_id = ? AND survey_id = ? "
				+ "ORDER BY created_at, email, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
			.params(workspace.value(), survey.value(), offset, limit).query(SurveyInvitations::invitation).list();
	}

	/** @return the survey's invitations that match the filter, newest first */
	List<Invitation> matching(WorkspaceId workspace, SurveyId survey, InvitationFilter filter, int offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(workspace, survey, filter, params);
		if (filter.state() != null) {
			where += " AND state = :state";
			params.put("state", filter.state().name());
		}
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE " + where
				+ " ORDER BY created_at DESC, email, id OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
			.params(params).query(SurveyInvitations::invitation).list();
	}

	/** @return how many of the survey's invitations are in each state, of those whose address matches the filter's text */
	Map<State, Integer> counts(WorkspaceId workspace, SurveyId survey, InvitationFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(workspace, survey, filter, params);
		Map<State, Integer> counts = zeros();
		jdbc.sql("SELECT state, COUNT(*) AS n FROM survey_invitation WHERE " + where + " GROUP BY state")
			.params(params)
			.query(rs -> {
				counts.put(State.valueOf(rs.getString("state")), rs.getInt("n"));
			});
		return counts;
	}

	/** The survey and the filter's text as a condition; the state is left to the caller. */
	private static String where(WorkspaceId workspace, SurveyId survey, InvitationFilter filter, Map<String, Object> params) {
		params.put("workspace", workspace.value());
		params.put("survey", survey.value());
		if (filter.text() == null) {
			return "workspace_id = :workspace AND survey_id = :survey";
		}
		params.put("text", filter.pattern());
		return "workspace_id = :workspace AND survey_id = :survey AND email LIKE :text ESCAPE '!'";
	}

	private static Map<State, Integer> zeros() {
		Map<State, Integer> counts = new LinkedHashMap<>();
		for (State state : State.values()) {
			counts.put(state, 0);
		}
		return counts;
	}

	private static Invitation invitation(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), new SurveyId(rs.getObject("survey_id", UUID.class)),
				rs.getString("email"), rs.getString("name"), rs.getString("customer_ref"), rs.getString("language"),
				rs.getString("token"), State.valueOf(rs.getString("state")), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), instant(rs, "created_at"), instant(rs, "sent_at"),
				instant(rs, "reminded_at"), instant(rs, "responded_at"), rs.getString("last_error"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
