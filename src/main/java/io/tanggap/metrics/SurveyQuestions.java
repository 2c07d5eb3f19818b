package io.tanggap.metrics;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.tanggap.identity.Actor;
import io.tanggap.survey.Question;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * The questions a survey's answers are analysed by: those of the version respondents answer now,
 * or of the draft before the first publication.
 */
@Component
class SurveyQuestions {

	private final SurveyManagement surveys;

	SurveyQuestions(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	/** @throws io.tanggap.shared.Problem 404 for a survey that is not in the actor's workspace */
	List<Question> of(Actor actor, UUID survey) {
		return surveys.newest(actor, new SurveyId(survey)).questions();
	}
}
