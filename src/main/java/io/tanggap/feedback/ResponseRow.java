package io.tanggap.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tanggap.survey.AnsweredQuestion;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyId;

/**
 * One line of the response list.
 * @param branch the branch's name; null when none
 * @param scores the headline scores, e.g. {@code NPS 9/10}: those with a metric role, else every scored answer
 * @param comment the start of the first open-text answer; null when none
 * @param sentiment the sentiment of the first comment that has been read; null when none
 * @param themes the names of the themes its comments mention, each once
 */
record ResponseRow(ResponseId id, Instant submittedAt, String survey, String branch, Channel channel,
		List<String> scores, String comment, String sentiment, List<String> themes) {

	static final int COMMENT_START = 140;

	/**
	 * @param readings what the response's comments say, in question order
	 * @param themeNames by theme key, its name in the page's language
	 */
	static ResponseRow of(SurveyResponse r, Map<SurveyId, String> surveys, Map<UUID, String> branches,
			List<CommentReadings.Reading> readings, Map<String, String> themeNames) {
		List<AnsweredQuestion> scored = r.answers().stream().filter(a -> a.scaleMax() != null && a.score() != null)
			.toList();
		List<AnsweredQuestion> headline = scored.stream().filter(a -> a.role() != MetricRole.NONE).toList();
		List<String> scores = (headline.isEmpty() ? scored : headline).stream()
			.map(a -> (a.role() == MetricRole.NONE ? a.questionId() : a.role().name()) + " " + a.score() + "/"
					+ a.scaleMax())
			.toList();
		String comment = r.answers().stream().filter(a -> a.type() == QuestionType.TEXT && a.text() != null)
			.map(AnsweredQuestion::text).findFirst().map(ResponseRow::start).orElse(null);
		List<String> themes = readings.stream().flatMap(reading -> reading.themes().stream())
			.map(m -> themeNames.getOrDefault(m.theme(), m.theme())).distinct().toList();
		return new ResponseRow(r.id(), r.submittedAt(), surveys.getOrDefault(r.survey(), ""),
				r.branch() == null ? null : branches.get(r.branch()), r.channel(), scores, comment,
				readings.isEmpty() ? null : readings.get(0).sentiment(), themes);
	}

	private static String start(String text) {
		return text.length() <= COMMENT_START ? text : text.substring(0, COMMENT_START).strip() + "…";
	}
}
