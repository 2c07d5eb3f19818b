package io.tanggap.metrics;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.tanggap.shared.WorkspaceId;

/**
 * How many comments of a period and segment text analytics has read, and how many of them mention
 * each theme with each sentiment: its tables ({@code comment_analysis}, {@code comment_theme}) joined
 * by name to the responses (docs/architecture.md, departures). A comment that mentions a theme counts
 * once for it.
 */
@Repository
class ThemeCounts {

	/**
	 * @param comments the comments read
	 * @param mentions by theme key, by sentiment of what is said about it: how many comments
	 */
	record Counts(long comments, Map<String, Map<String, Long>> mentions) {

		long mentions(String theme) {
			return mentions.getOrDefault(theme, Map.of()).values().stream().mapToLong(Long::longValue).sum();
		}
	}

	private final JdbcClient jdbc;

	ThemeCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts count(WorkspaceId workspace, ZoneId zone, Period period, Segment segment) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = RawResponses.where(workspace, zone, period, segment, params);
		long comments = jdbc.sql("""
				SELECT COUNT(*) FROM comment_analysis c JOIN survey_response r ON r.id = c.response_id
				WHERE c.workspace_id = :workspace AND c.submitted_at >= :start AND c.submitted_at < :end""" + " AND " + where)
			.params(params).query(Long.class).single();
		Map<String, Map<String, Long>> mentions = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT m.theme, m.sentiment, COUNT(*) FROM comment_theme m JOIN survey_response r ON r.id = m.response_id
				WHERE m.workspace_id = :workspace AND m.submitted_at >= :start AND m.submitted_at < :end""" + " AND " + where
				+ " GROUP BY m.theme, m.sentiment")
			.params(params)
			.query((RowCallbackHandler) rs -> mentions.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>())
				.put(rs.getString(2), rs.getLong(3)));
		return new Counts(comments, mentions);
	}
}
