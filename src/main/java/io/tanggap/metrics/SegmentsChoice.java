package io.tanggap.metrics;

import java.util.List;
import java.util.Locale;

import io.tanggap.shared.Problem;

/**
 * What the segments page groups by, beside the dashboard's filter: the dimension of its table (with
 * the choice question, when that is the dimension), and the crosstab's rows, columns and the figure
 * in its cells. Read from GET parameters like the filter, so every view is a link.
 *
 * @param question the choice question's id; null unless {@code by} is {@link Dimension#QUESTION}
 * @param figure {@code nps}, {@code csat} or {@code ces}
 */
record SegmentsChoice(Dimension by, String question, Dimension rows, Dimension columns, String figure) {

	/** The dimensions a crosstab can have, in the order the form offers them. */
	static final List<Dimension> STANDARD = List.of(Dimension.BRANCH, Dimension.CHANNEL, Dimension.TOUCHPOINT,
			Dimension.SURVEY);
	static final List<String> FIGURES = List.of("nps", "csat", "ces");

	/** The form as typed. */
	record Params(String by, String question, String rows, String columns, String figure) {

		/** @return the form with the defaults in place of blanks: by branch, branch × touchpoint, NPS */
		Params withDefaults() {
			return new Params(or(by, "branch"), question, or(rows, "branch"), or(columns, "touchpoint"), or(figure, "nps"));
		}

		private static String or(String value, String otherwise) {
			return value == null || value.isBlank() ? otherwise : value.strip().toLowerCase(Locale.ROOT);
		}
	}

	/** @throws Problem 422 for a dimension or figure the form does not offer */
	static SegmentsChoice of(Params typed) {
		Params p = typed.withDefaults();
		if (!FIGURES.contains(p.figure())) {
			throw Problem.invalid("filter-value", "figure");
		}
		Dimension by = dimension(p.by(), "by");
		String question = by == Dimension.QUESTION && p.question() != null ? p.question().strip() : null;
		return new SegmentsChoice(by, question, dimension(p.rows(), "rows"), dimension(p.columns(), "columns"), p.figure());
	}

	/**
	 * @return this choice, but grouped by the first of the survey's choice questions when grouped by
	 * a question and none is named: a form without scripts can name it only once the survey is chosen
	 */
	SegmentsChoice orFirst(List<SegmentsPage.ChoiceQuestion> questions) {
		if (by != Dimension.QUESTION || (question != null && !question.isEmpty()) || questions.isEmpty()) {
			return this;
		}
		return new SegmentsChoice(by, questions.get(0).id(), rows, columns, figure);
	}

	/** @return the dimension's parameter value, e.g. {@code branch} */
	static String code(Dimension dimension) {
		return dimension.name().toLowerCase(Locale.ROOT);
	}

	private static Dimension dimension(String code, String field) {
		for (Dimension dimension : Dimension.values()) {
			if (code(dimension).equals(code)) {
				return dimension;
			}
		}
		throw Problem.invalid("filter-value", field);
	}
}
