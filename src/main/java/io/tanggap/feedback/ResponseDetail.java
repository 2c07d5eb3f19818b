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
	 * @param reading what a comment says; null for other answers and for a comment not read yet
	 */
	record Line(String questionId, String question, QuestionType type, Integer score, Integer scaleMin,
			Integer scaleMax, List<String> choices, String text, Reading reading) {
	}

	/**
	 * A comment's reading as the page shows it.
	 * @param confidence in percent, rounded
	 * @param themes each mentioned theme's name in the page's language (its key when no theme has
	 *        that key any more) with the sentiment of what is said about it
	 */
	record Reading(String language, String sentiment, long confidence, boolean truncated, List<NamedMention> themes) {
	}

	record NamedMention(String theme, String name, String sentiment) {
	}

	/**
	 * @param readings the readings of the response's comments
	 * @param themeNames by theme key, its name in the page's language
	 */
	static ResponseDetail of(SurveyResponse response, SurveyDefinition version, String survey, String branch,
			List<CommentReadings.Reading> readings, Map<String, String> themeNames) {
		Map<String, Reading> read = new java.util.HashMap<>();
		for (CommentReadings.Reading r : readings) {
			read.put(r.questionId(), new Reading(r.language(), r.sentiment(), Math.round(100 * r.confidence()),
					r.truncated(), r.themes().stream()
						.map(m -> new NamedMention(m.theme(), themeNames.getOrDefault(m.theme(), m.theme()), m.sentiment()))
						.toList()));
		}
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
				lines.add(line(a, q.text().in(language, fallback), labels, read.get(a.questionId())));
			}
		}
		answers.values().forEach(a -> lines.add(line(a, a.questionId(), Map.of(), read.get(a.questionId()))));
		return new ResponseDetail(response, survey, branch, lines);
	}

	private static Line line(AnsweredQuestion a, String question, Map<String, String> labels, Reading reading) {
		return new Line(a.questionId(), question, a.type(), a.score(), a.scaleMin(), a.scaleMax(),
				a.choices().stream().map(c -> labels.getOrDefault(c, c)).toList(), a.text(),
				a.type() == QuestionType.TEXT ? reading : null);
	}
}
