package io.tanggap.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.SurveyId;

/**
 * A respondent's answers as they arrive, before they are checked.
 * @param idempotencyKey the personal token or a client-supplied key; the same key counts once
 * @param answers question id to value, see {@code AnswerCheck}
 * @param submittedAt when the respondent answered; null for now (imports give the historical time)
 * @param hidden what to do with answers to questions that skip logic hides
 */
public record Submission(SurveyId survey, String idempotencyKey, Map<String, Object> answers, Channel channel,
		UUID branch, String touchpoint, String customerRef, String language, Instant submittedAt,
		HiddenAnswers hidden) {
}
