package io.tanggap.survey;

import java.util.List;

/**
 * One checked answer, with what listeners need without reading the survey: its type, scale and
 * metric role.
 * @param score the score for scored questions and consent (1 yes, 0 no); else null
 * @param scaleMin the scale's lowest value, for scored questions; else null
 * @param scaleMax the scale's highest value, for scored questions; else null
 * @param choices the picked choice ids, for choice questions; else empty
 * @param text the text, for open-text and contact questions; else null
 */
public record AnsweredQuestion(String questionId, QuestionType type, MetricRole role, Integer score,
		Integer scaleMin, Integer scaleMax, List<String> choices, String text) {

	public AnsweredQuestion {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}
}
