package io.tanggap.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.util.MultiValueMap;

import io.tanggap.shared.Problem;
import io.tanggap.survey.Choice;
import io.tanggap.survey.Condition;
import io.tanggap.survey.OpenSurvey;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;

/**
 * Everything the respondent's page shows, in the respondent's language: the questions with what
 * was already answered, and the one problem to fix, if any.
 * @param problemQuestion the question the problem is about; null for none or a general one
 * @param problemKey the message key of the problem ({@code respond.error.<code>}); null when none
 */
public record RespondentPage(String action, String language, List<String> languages, String title, String thankYou,
		String coupon,
		List<Item> items, String key, Channel channel, String branch, String touchpoint, String problemQuestion,
		String problemKey, List<Object> problemArgs) {

	/** One question as shown. */
	public record Item(int number, String id, String type, String text, boolean required, List<Option> options,
			List<String> answered, Condition showIf) {

		public boolean scale() {
			return QuestionType.valueOf(type).scored();
		}

		public boolean is(String kind) {
			return type.equals(kind);
		}

		public boolean picked(String value) {
			return answered.contains(value);
		}

		/** @return the condition's choices joined for a data attribute, for the page's small script */
		public String showIfChoices() {
			return showIf == null ? "" : String.join(" ", showIf.choices());
		}
	}

	/** One choice or scale point. */
	public record Option(String value, String label) {
	}

	static RespondentPage of(OpenSurvey survey, MultiValueMap<String, String> params, String accept, String key,
			Map<String, Object> answers, Problem problem) {
		var definition = survey.definition();
		String language = language(definition.languages(), params.getFirst("lang"), accept);
		String fallback = definition.defaultLanguage();
		List<Question> questions = definition.questions();
		List<Item> items = IntStream.range(0, questions.size()).mapToObj(i -> {
			Question q = questions.get(i);
			return new Item(i + 1, q.id(), q.type().name(), q.text().in(language, fallback), q.required(),
					options(q, language, fallback), answered(answers.get(q.id())),
					q.showIf());
		}).toList();
		String problemQuestion = null;
		String problemKey = null;
		List<Object> problemArgs = List.of();
		if (problem != null) {
			Object[] args = problem.args();
			problemQuestion = args.length > 0 && problem.code().startsWith("answer-") ? String.valueOf(args[0]) : null;
			problemKey = "respond.error." + problem.code();
			problemArgs = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
		}
		return new RespondentPage("/s/" + survey.id(), language, definition.languages(),
				definition.title().in(language, fallback), definition.thankYou().in(language, fallback),
				definition.coupon(), items, key,
				channel(params.getFirst("ch")), params.getFirst("b"), params.getFirst("t"), problemQuestion, problemKey,
				problemArgs);
	}

	/** The language asked for by the switch, else the browser's if the survey has it, else the default. */
	static String language(List<String> languages, String requested, String accept) {
		if (requested != null && languages.contains(requested)) {
			return requested;
		}
		if (accept != null) {
			for (String language : languages) {
				if (accept.toLowerCase(Locale.ROOT).startsWith(language)) {
					return language;
				}
			}
		}
		return languages.get(0);
	}

	/** @return this page with its links and form pointing to {@code path}, e.g. a staff preview */
	RespondentPage at(String path) {
		return new RespondentPage(path, language, languages, title, thankYou, coupon, items, key, channel, branch, touchpoint,
				problemQuestion, problemKey, problemArgs);
	}

	private static Channel channel(String ch) {
		if (ch == null) {
			return Channel.LINK;
		}
		return switch (ch.toLowerCase(Locale.ROOT)) {
			case "qr" -> Channel.QR;
			case "whatsapp", "wa" -> Channel.WHATSAPP;
			case "widget" -> Channel.WIDGET;
			case "email" -> Channel.EMAIL;
			default -> Channel.LINK;
		};
	}

	private static List<Option> options(Question q, String language, String fallback) {
		if (q.type().scored()) {
			return IntStream.rangeClosed(q.type().min(), q.type().max())
				.mapToObj(v -> new Option(String.valueOf(v), String.valueOf(v))).toList();
		}
		return q.choices().stream().map((Choice c) -> new Option(c.id(), c.label().in(language, fallback))).toList();
	}

	private static List<String> answered(Object answer) {
		if (answer == null) {
			return List.of();
		}
		if (answer instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		if (answer instanceof Boolean yes) {
			return yes ? List.of("yes") : List.of();
		}
		return List.of(String.valueOf(answer));
	}
}
