package io.tanggap.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.AnsweredQuestion;
import io.tanggap.survey.SurveyId;

/**
 * A response was stored (committed) for the first time. Carries what listeners need without
 * reading the response: each answer with its type, scale and metric role, and where it came from.
 * @param branch the branch it is attributed to; null when none
 * @param customerRef the business's own reference of the customer; null when anonymous
 * @param idempotencyKey the key the response was submitted with, e.g. an e-mail invitation's personal token
 */
public record ResponseSubmitted(ResponseId response, WorkspaceId workspace, SurveyId survey, int surveyVersion,
		List<AnsweredQuestion> answers, Channel channel, UUID branch, String touchpoint, String customerRef,
		String language, Instant submittedAt, String idempotencyKey) {

	/** @return the open-text answers, the comments that text analytics reads */
	public List<String> comments() {
		return answers.stream().filter(a -> a.type() == io.tanggap.survey.QuestionType.TEXT && a.text() != null)
			.map(AnsweredQuestion::text).toList();
	}
}
