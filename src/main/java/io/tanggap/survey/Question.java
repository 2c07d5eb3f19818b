package io.tanggap.survey;

import java.util.List;

/**
 * One question of a survey.
 * @param id stable within the survey across versions; answers refer to it
 * @param type what kind of answer it takes
 * @param text the question in each of the survey's languages
 * @param required whether a respondent must answer it when it is shown; never null (absent means no)
 * @param role what it measures (NPS, CSAT, CES, driver, outcome)
 * @param choices the options, for choice questions
 * @param showIf when it is shown; null for always
 */
public record Question(String id, QuestionType type, Text text, Boolean required, MetricRole role,
		List<Choice> choices, Condition showIf) {

	public Question {
		choices = choices == null ? List.of() : List.copyOf(choices);
		role = role == null ? MetricRole.NONE : role;
		required = Boolean.TRUE.equals(required);
	}
}
