package io.tanggap.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;

import io.tanggap.survey.AnsweredQuestion;
import io.tanggap.survey.Choice;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;

/**
 * One response as staff read it: each answer with its question's text and choice labels from the
 * version it answered, in the page's language (else the survey's first), in the survey's order.
 * @param branch the branch's name; null when none or removed
 */
record ResponseDetail(SurveyResponse response, String survey, String branch, List<Line> answers) {

	/**
	 * One answer.
	 * @param question the question's text; its id when the version no longer has it
	 * @param choices the labels of the picked choices
	 */
	record Line(String questionId, String question, QuestionType type, Integer score, Integer scaleMin,
			Integer scaleMax, List<String> choices, String text) {
	}

	static ResponseDetail of(SurveyResponse response, SurveyDefinition version, String survey, String branch) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		String fallback = version.defaultLanguage();
		Map<String, AnsweredQuestion> answers = response.answers().stream()
			.collect(Collectors.toMap(AnsweredQuestion::questionId, Function.identity()));
		List<Line> lines = new ArrayList<>();
		for (Question q : version.questions()) {
			AnsweredQuestion a = answers.remove(q.id());
			if (a != null) {
				Map<String, String> labels = q.choices().stream()
					.collect(Collectors.toMap(Choice::id, c -> c.label().in(language, fallback)));
				lines.add(line(a, q.text().in(language, fallback), labels));
			}
		}
		answers.values().forEach(a -> lines.add(line(a, a.questionId(), Map.of())));
		return new ResponseDetail(response, survey, branch, lines);
	}

	private static Line line(AnsweredQuestion a, String question, Map<String, String> labels) {
		return new Line(a.questionId(), question, a.type(), a.score(), a.scaleMin(), a.scaleMax(),
				a.choices().stream().map(c -> labels.getOrDefault(c, c)).toList(), a.text());
	}
}
