package io.tanggap.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.tanggap.shared.Problem;

/**
 * What the analyst pages say instead of figures they cannot show: a filter that cannot be read, a
 * question that is not a choice question, drivers that cannot be analysed. They say it on the page
 * with status 200, since htmx does not swap a 4xx answer into a boosted page.
 */
@Component
class PageProblems {

	/** A problem's message key and its arguments, already in the page's words. */
	record Said(String key, Object[] args) {
	}

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @return the problem as the page says it
	 * @throws Problem the problem itself, unless it is invalid input or a missing thing (a 403 stays a 403)
	 */
	Said said(Problem problem, Locale locale) {
		if (problem.kind() != Problem.Kind.INVALID && problem.kind() != Problem.Kind.NOT_FOUND) {
			throw problem;
		}
		return new Said(problem.messageKey(), words(problem, locale));
	}

	/**
	 * A problem's arguments in the page's words: a field's name as the form labels it, a missing
	 * thing's kind as people call it ({@code resource.<kind>}), a dimension as the form names it, a
	 * day as the page writes days.
	 */
	private Object[] words(Problem problem, Locale locale) {
		String prefix = problem.kind() == Problem.Kind.NOT_FOUND ? "resource." : "dashboard.field.";
		return Arrays.stream(problem.args()).map(arg -> {
			if (arg instanceof String name) {
				return messages.getMessage(prefix + name, null, name, locale);
			}
			if (arg instanceof Dimension dimension) {
				return messages.getMessage("segments.dimension." + SegmentsChoice.code(dimension), null, dimension.name(),
						locale);
			}
			return arg instanceof LocalDate day ? new FigureText(locale).day(day) : arg;
		}).toArray();
	}
}
