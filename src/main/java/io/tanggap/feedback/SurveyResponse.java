package io.tanggap.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.AnsweredQuestion;
import io.tanggap.survey.SurveyId;

/**
 * A stored response: the answers, the version they answered, and where they came from.
 * @param scores the answers' scores by question of the version ({@link io.tanggap.survey.ScoresByQuestion}),
 * or null: none was written; stored for the metrics' rebuild, not shown (the answers say it all)
 */
public record SurveyResponse(ResponseId id, WorkspaceId workspace, SurveyId survey, int surveyVersion,
		String idempotencyKey, Channel channel, UUID branch, String touchpoint, String customerRef, String language,
		Instant submittedAt, Instant receivedAt, List<AnsweredQuestion> answers, @JsonIgnore String scores) {

	ResponseSubmitted submitted() {
		return new ResponseSubmitted(id, workspace, survey, surveyVersion, answers, channel, branch, touchpoint,
				customerRef, language, submittedAt, idempotencyKey);
	}
}
