package io.tanggap.textanalytics;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.feedback.CommentReadings;
import io.tanggap.feedback.Comments;
import io.tanggap.feedback.ResponseId;
import io.tanggap.shared.WorkspaceId;

/**
 * The stored readings of comments ({@code comment_analysis}) and the themes each mentions
 * ({@code comment_theme}), keyed by response and question. Storing a reading replaces the earlier
 * one of the same comment, so that reading a comment twice (an event delivered again after a
 * crash, a reading again for new themes) never leaves two.
 */
@Repository
class CommentAnalyses {

	/** A comment's reading, to be stored: for the taxonomy's revision it was read for. */
	record Stored(WorkspaceId workspace, ResponseId response, String questionId, Instant submittedAt,
			TextAnalysis analysis, int revision, Instant analysedAt) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate jdbcTemplate;

	CommentAnalyses(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/**
	 * Replaces the readings of these comments, in a few batched statements. A comment whose response
	 * was deleted in the meantime is left out (its reading would name no response).
	 */
	void replace(List<Stored> readings) {
		if (readings.isEmpty()) {
			return;
		}
		jdbcTemplate.batchUpdate("DELETE FROM comment_analysis WHERE response_id = ? AND question_id = ?",
				readings.stream().map(r -> new Object[] { r.response().value(), r.questionId() }).toList());
		List<Object[]> analyses = new ArrayList<>();
		List<Object[]> mentions = new ArrayList<>();
		for (Stored r : readings) {
			TextAnalysis a = r.analysis();
			analyses.add(new Object[] { r.response().value(), r.questionId(), r.workspace().value(),
					r.submittedAt().atOffset(ZoneOffset.UTC), a.language().code(), a.sentiment().label(),
					a.confidence(), a.truncated(), r.revision(), r.analysedAt().atOffset(ZoneOffset.UTC),
					r.response().value() });
			for (ThemeMention m : a.themes()) {
				mentions.add(new Object[] { r.response().value(), r.questionId(), m.theme(), m.sentiment().label(),
						r.workspace().value(), r.submittedAt().atOffset(ZoneOffset.UTC), r.response().value(),
						r.questionId() });
			}
		}
		jdbcTemplate.batchUpdate("""
				INSERT INTO comment_analysis (response_id, question_id, workspace_id, submitted_at, language, sentiment,
				  confidence, truncated, taxonomy_revision, analysed_at)
				SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM survey_response WHERE id = ?""", analyses);
		if (!mentions.isEmpty()) {
			jdbcTemplate.batchUpdate("""
					INSERT INTO comment_theme (response_id, question_id, theme, sentiment, workspace_id, submitted_at)
					SELECT ?, ?, ?, ?, ?, ? FROM comment_analysis WHERE response_id = ? AND question_id = ?""", mentions);
		}
	}

	/** @return the greatest id below {@code bound} of a response whose comments have been read */
	java.util.Optional<ResponseId> newestReadBefore(ResponseId bound) {
		// Not MAX: PostgreSQL before 16 has no max(uuid).
		return jdbc.sql("""
				SELECT response_id FROM comment_analysis WHERE response_id < ? ORDER BY response_id DESC FETCH FIRST 1 ROW ONLY""")
			.param(bound.value()).query(UUID.class).optional().map(ResponseId::new);
	}

	/** @return of the comments that have a reading, the revision it was read for */
	Map<Comments.Position, Integer> revisions(Collection<Comments.Position> comments) {
		Map<Comments.Position, Integer> revisions = new HashMap<>();
		if (comments.isEmpty()) {
			return revisions;
		}
		List<UUID> responses = comments.stream().map(c -> c.response().value()).distinct().toList();
		jdbc.sql("SELECT response_id, question_id, taxonomy_revision FROM comment_analysis WHERE response_id IN (:ids)")
			.param("ids", responses)
			.query((RowCallbackHandler) rs -> revisions.put(new Comments.Position(
					new ResponseId(rs.getObject(1, UUID.class)), rs.getString(2)), rs.getInt(3)));
		return revisions;
	}

	/** @return by response, the readings of its comments in question order */
	Map<ResponseId, List<CommentReadings.Reading>> of(WorkspaceId workspace, Collection<ResponseId> responses) {
		Map<ResponseId, List<CommentReadings.Reading>> readings = new LinkedHashMap<>();
		if (responses.isEmpty()) {
			return readings;
		}
		List<UUID> ids = responses.stream().map(ResponseId::value).distinct().toList();
		Map<List<Object>, List<CommentReadings.Mention>> mentions = new HashMap<>();
		jdbc.sql("""
				SELECT response_id, question_id, theme, sentiment FROM comment_theme
				WHERE workspace_id = :workspace AND response_id IN (:ids) ORDER BY response_id, question_id, theme""")
			.param("workspace", workspace.value()).param("ids", ids)
			.query((RowCallbackHandler) rs -> mentions.computeIfAbsent(
					List.of(rs.getObject(1, UUID.class), rs.getString(2)), k -> new ArrayList<>())
				.add(new CommentReadings.Mention(rs.getString(3), rs.getString(4))));
		jdbc.sql("""
				SELECT * FROM comment_analysis WHERE workspace_id = :workspace AND response_id IN (:ids)
				ORDER BY response_id, question_id""")
			.param("workspace", workspace.value()).param("ids", ids)
			.query((RowCallbackHandler) rs -> {
				UUID response = rs.getObject("response_id", UUID.class);
				String question = rs.getString("question_id");
				readings.computeIfAbsent(new ResponseId(response), r -> new ArrayList<>())
					.add(new CommentReadings.Reading(question, rs.getString("language"), rs.getString("sentiment"),
							rs.getDouble("confidence"), rs.getBoolean("truncated"),
							mentions.getOrDefault(List.of(response, question), List.of())));
			});
		return readings;
	}
}
