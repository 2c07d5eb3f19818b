package io.tanggap.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tanggap.shared.Problem;

/**
 * Checks a respondent's answers against the survey version they answer: known questions only,
 * values of the right kind and range, known choices, required questions answered when shown, and
 * no answer to a question that skip logic hides.
 */
final class AnswerCheck {

	/** Longest open-text answer kept, in characters (documented in docs/api.md). */
	static final int MAX_TEXT_ANSWER = 5000;

	private AnswerCheck() {
	}

	/**
	 * @param answers question id to value: a number for scored questions, a choice id or a list of
	 * them for choice questions, a string for text and contact, a boolean for consent; null or
	 * blank means unanswered
	 * @param hidden what to do with an answer to a question that skip logic hides
	 */
	static List<AnsweredQuestion> check(SurveyDefinition definition, Map<String, Object> answers,
			HiddenAnswers hidden) {
		Set<String> known = new LinkedHashSet<>();
		definition.questions().forEach(q -> known.add(q.id()));
		for (String id : answers.keySet()) {
			if (!known.contains(id)) {
				throw Problem.invalid("answer-unknown-question", id);
			}
		}
		Map<String, Object> given = new HashMap<>();
		List<AnsweredQuestion> checked = new ArrayList<>();
		for (Question q : definition.questions()) {
			Object raw = blankToNull(answers.get(q.id()));
			boolean shown = q.showIf() == null || q.showIf().holds(given.get(q.showIf().question()));
			if (!shown) {
				if (raw != null && hidden == HiddenAnswers.REJECT) {
					throw Problem.invalid("answer-hidden-question", q.id());
				}
				continue;
			}
			if (raw == null) {
				if (q.required()) {
					throw Problem.invalid("answer-required", q.id());
				}
				continue;
			}
			AnsweredQuestion answer = answer(q, raw);
			given.put(q.id(), answer.score() != null ? answer.score() : answer.choices());
			checked.add(answer);
		}
		if (checked.isEmpty()) {
			throw Problem.invalid("answer-empty");
		}
		return checked;
	}

	private static AnsweredQuestion answer(Question q, Object raw) {
		QuestionType type = q.type();
		if (type.scored()) {
			int score = integer(q, raw);
			if (score < type.min() || score > type.max()) {
				throw Problem.invalid("answer-out-of-range", q.id(), type.min(), type.max());
			}
			return new AnsweredQuestion(q.id(), type, q.role(), score, type.min(), type.max(), null, null);
		}
		if (type.choice()) {
			List<String> picked = choices(q, raw);
			return new AnsweredQuestion(q.id(), type, q.role(), null, null, null, picked, null);
		}
		if (type == QuestionType.CONSENT) {
			if (!(raw instanceof Boolean yes)) {
				throw Problem.invalid("answer-type", q.id());
			}
			return new AnsweredQuestion(q.id(), type, q.role(), yes ? 1 : 0, null, null, null, null);
		}
		if (!(raw instanceof String text)) {
			throw Problem.invalid("answer-type", q.id());
		}
		if (text.codePointCount(0, text.length()) > MAX_TEXT_ANSWER) {
			throw Problem.invalid("answer-too-long", q.id(), MAX_TEXT_ANSWER);
		}
		return new AnsweredQuestion(q.id(), type, q.role(), null, null, null, null, text.strip());
	}

	private static int integer(Question q, Object raw) {
		if (raw instanceof Integer i) {
			return i;
		}
		if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e6) {
			return n.intValue();
		}
		if (raw instanceof String s && s.strip().matches("-?\\d{1,6}")) {
			return Integer.parseInt(s.strip());
		}
		throw Problem.invalid("answer-type", q.id());
	}

	private static List<String> choices(Question q, Object raw) {
		List<?> values = raw instanceof List<?> list ? list : List.of(raw);
		Set<String> allowed = new LinkedHashSet<>();
		q.choices().forEach(c -> allowed.add(c.id()));
		List<String> picked = new ArrayList<>();
		for (Object value : values) {
			if (!(value instanceof String id) || !allowed.contains(id)) {
				throw Problem.invalid("answer-unknown-choice", q.id(), String.valueOf(value));
			}
			if (!picked.contains(id)) {
				picked.add(id);
			}
		}
		if (picked.isEmpty()) {
			throw Problem.invalid("answer-required", q.id());
		}
		if (q.type() == QuestionType.SINGLE_CHOICE && picked.size() > 1) {
			throw Problem.invalid("answer-one-choice", q.id());
		}
		return picked;
	}

	private static Object blankToNull(Object value) {
		if (value instanceof String s && s.isBlank()) {
			return null;
		}
		if (value instanceof List<?> list && list.isEmpty()) {
			return null;
		}
		return value;
	}
}
