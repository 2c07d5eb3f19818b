package io.tanggap.survey;

import java.util.List;

/**
 * A respondent's answers, checked against the published version they answer.
 * @param defaultLanguage the survey's default language, for answers that name none
 * @param scores the answers' scores by question of the version ({@link ScoresByQuestion})
 */
public record CheckedAnswers(SurveyId survey, int version, String defaultLanguage, List<String> languages,
		List<AnsweredQuestion> answers, String scores) {
}
