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
 */
record ResponseRow(ResponseId id, Instant submittedAt, String survey, String branch, Channel channel,
		List<String> scores, String comment) {

	static final int COMMENT_START = 140;

	static ResponseRow of(SurveyResponse r, Map<SurveyId, String> surveys, Map<UUID, String> branches) {
		List<AnsweredQuestion> scored = r.answers().stream().filter(a -> a.scaleMax() != null && a.score() != null)
			.toList();
		List<AnsweredQuestion> headline = scored.stream().filter(a -> a.role() != MetricRole.NONE).toList();
		List<String> scores = (headline.isEmpty() ? scored : headline).stream()
			.map(a -> (a.role() == MetricRole.NONE ? a.questionId() : a.role().name()) + " " + a.score() + "/"
					+ a.scaleMax())
			.toList();
		String comment = r.answers().stream().filter(a -> a.type() == QuestionType.TEXT && a.text() != null)
			.map(AnsweredQuestion::text).findFirst().map(ResponseRow::start).orElse(null);
		return new ResponseRow(r.id(), r.submittedAt(), surveys.getOrDefault(r.survey(), ""),
				r.branch() == null ? null : branches.get(r.branch()), r.channel(), scores, comment);
	}

	private static String start(String text) {
		return text.length() <= COMMENT_START ? text : text.substring(0, COMMENT_START).strip() + "…";
	}
}
