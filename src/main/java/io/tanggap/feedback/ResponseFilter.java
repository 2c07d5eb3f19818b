package io.tanggap.feedback;

import static io.tanggap.shared.FilterValues.blank;
import static io.tanggap.shared.FilterValues.parsed;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.util.UriComponentsBuilder;

import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.SurveyId;

/**
 * Which responses staff look at or export. Every part is optional.
 * @param from the first day, in the workspace's time zone
 * @param to the last day (inclusive), in the workspace's time zone
 * @param minScore the lowest raw score that any scored answer of the response must reach, 0–10
 * @param maxScore the highest raw score of that same answer, 0–10
 * @param text a case-insensitive substring of an open-text answer; {@code %} and {@code _} are literal
 * @param theme the key of a theme a comment mentions (checked against the workspace's themes when searched)
 * @param sentiment one of {@link CommentReadings#SENTIMENTS}: of a comment, or with a theme of what it says
 *        about the theme
 */
record ResponseFilter(SurveyId survey, LocalDate from, LocalDate to, UUID branch, Channel channel, Integer minScore,
		Integer maxScore, String text, String theme, String sentiment) {

	static final int MAX_TEXT = 200;
	static final int MAX_YEARS = 5;
	private static final java.util.regex.Pattern THEME_KEY = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,39}");

	/** The filter as typed into the form or the query string; blanks mean "any". */
	record Params(String survey, String from, String to, String branch, String channel, String minScore,
			String maxScore, String q, String theme, String sentiment) {

		/** @return the URL query that reproduces these parameters, without the leading {@code ?} */
		String query() {
			UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
			Map<String, String> values = new LinkedHashMap<>();
			values.put("survey", survey);
			values.put("from", from);
			values.put("to", to);
			values.put("branch", branch);
			values.put("channel", channel);
			values.put("minScore", minScore);
			values.put("maxScore", maxScore);
			values.put("q", q);
			values.put("theme", theme);
			values.put("sentiment", sentiment);
			values.forEach((name, value) -> {
				if (value != null && !value.isBlank()) {
					uri.queryParam(name, value.strip());
				}
			});
			String query = uri.encode().build().getQuery();
			return query == null ? "" : query;
		}
	}

	/** The SQL condition on {@code survey_response r}: constant fragments, the user's values only as parameters. */
	record Where(String sql, Map<String, Object> params) {
	}

	/**
	 * Reads and checks the parameters.
	 * @throws Problem 422 for a value that cannot be read, an inverted or too long period, a score outside
	 * 0–10 or a minimum above the maximum, a search longer than {@value #MAX_TEXT} characters, a theme
	 * key that no theme can have or a sentiment that is none of {@link CommentReadings#SENTIMENTS}
	 */
	static ResponseFilter of(Params p) {
		LocalDate from = parsed(p.from(), "from", LocalDate::parse);
		LocalDate to = parsed(p.to(), "to", LocalDate::parse);
		if (from != null && to != null && (from.isAfter(to) || to.isAfter(from.plusYears(MAX_YEARS)))) {
			throw Problem.invalid("filter-period", MAX_YEARS);
		}
		Integer min = parsed(p.minScore(), "minScore", Integer::valueOf);
		Integer max = parsed(p.maxScore(), "maxScore", Integer::valueOf);
		if (outOfScale(min) || outOfScale(max) || (min != null && max != null && min > max)) {
			throw Problem.invalid("filter-score");
		}
		String text = blank(p.q()) ? null : p.q().strip();
		if (text != null && text.length() > MAX_TEXT) {
			throw Problem.invalid("too-long", "q", MAX_TEXT);
		}
		String theme = blank(p.theme()) ? null : p.theme().strip().toLowerCase(Locale.ROOT);
		if (theme != null && !THEME_KEY.matcher(theme).matches()) {
			throw Problem.invalid("filter-theme", p.theme().strip());
		}
		String sentiment = blank(p.sentiment()) ? null : p.sentiment().strip().toLowerCase(Locale.ROOT);
		if (sentiment != null && !CommentReadings.SENTIMENTS.contains(sentiment)) {
			throw Problem.invalid("filter-sentiment", p.sentiment().strip());
		}
		return new ResponseFilter(parsed(p.survey(), "survey", s -> new SurveyId(UUID.fromString(s))), from, to,
				parsed(p.branch(), "branch", UUID::fromString),
				parsed(p.channel(), "channel", c -> Channel.valueOf(c.toUpperCase(Locale.ROOT))), min, max, text, theme,
				sentiment);
	}

	Where where(WorkspaceId workspace, ZoneId zone) {
		StringBuilder sql = new StringBuilder("r.workspace_id = :workspace");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("workspace", workspace.value());
		if (survey != null) {
			sql.append(" AND r.survey_id = :survey");
			params.put("survey", survey.value());
		}
		if (from != null) {
			sql.append(" AND r.submitted_at >= :from");
			params.put("from", from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		}
		if (to != null) {
			sql.append(" AND r.submitted_at < :until");
			params.put("until", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		}
		if (branch != null) {
			sql.append(" AND r.branch_id = :branch");
			params.put("branch", branch);
		}
		if (channel != null) {
			sql.append(" AND r.channel = :channel");
			params.put("channel", channel.name());
		}
		if (minScore != null || maxScore != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM answer s WHERE s.response_id = r.id AND s.scale_min IS NOT NULL"
					+ " AND s.score BETWEEN :minScore AND :maxScore)");
			params.put("minScore", minScore == null ? 0 : minScore);
			params.put("maxScore", maxScore == null ? 10 : maxScore);
		}
		if (text != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM answer t WHERE t.response_id = r.id AND t.type = 'TEXT'"
					+ " AND LOWER(t.text_value) LIKE :text ESCAPE '!')");
			params.put("text", "%" + literal(text.toLowerCase(Locale.ROOT)) + "%");
		}
		// The readings are text analytics' tables, joined by name (docs/architecture.md, departures).
		if (theme != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM comment_theme m WHERE m.response_id = r.id AND m.theme = :theme")
				.append(sentiment == null ? ")" : " AND m.sentiment = :sentiment)");
			params.put("theme", theme);
		}
		else if (sentiment != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM comment_analysis c WHERE c.response_id = r.id AND c.sentiment = :sentiment)");
		}
		if (sentiment != null) {
			params.put("sentiment", sentiment);
		}
		return new Where(sql.toString(), params);
	}

	/** Escapes LIKE's wildcards so that the search finds exactly what was typed. */
	static String literal(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static boolean outOfScale(Integer score) {
		return score != null && (score < 0 || score > 10);
	}
}
