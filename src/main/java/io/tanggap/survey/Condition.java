package io.tanggap.survey;

import java.util.List;

/**
 * Skip logic: a question is shown only when an earlier answer meets this condition.
 * @param question the id of an earlier question
 * @param operator how its answer is compared
 * @param value the score compared with (for scored questions)
 * @param choices the choices of which one must have been picked (for {@link Operator#ANY_OF})
 */
public record Condition(String question, Operator operator, Integer value, List<String> choices) {

	public enum Operator {
		EQ, NEQ, LT, LTE, GT, GTE, ANY_OF, ANSWERED
	}

	public Condition {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

	/** @param answer the earlier answer: an Integer score, a list of choice ids, or null when unanswered */
	boolean holds(Object answer) {
		if (operator == Operator.ANSWERED) {
			return answer != null;
		}
		if (operator == Operator.ANY_OF) {
			return answer instanceof List<?> picked && picked.stream().anyMatch(choices::contains);
		}
		if (!(answer instanceof Integer score) || value == null) {
			return false;
		}
		return switch (operator) {
			case EQ -> score.intValue() == value;
			case NEQ -> score.intValue() != value;
			case LT -> score < value;
			case LTE -> score <= value;
			case GT -> score > value;
			case GTE -> score >= value;
			case ANY_OF, ANSWERED -> throw new IllegalStateException("handled above");
		};
	}
}
