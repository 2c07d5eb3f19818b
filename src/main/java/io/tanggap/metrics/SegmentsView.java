package io.tanggap.metrics;

import java.util.List;

/**
 * The segments page as its template reads it: numbers already written in the page's language,
 * segments named in it, links to the responses behind each number the responses list can filter
 * to, and the bar charts' data as JSON. A section that cannot be shown says why instead.
 *
 * @param period the period's days, in words
 * @param table the figures by the chosen dimension; null when {@code tableProblem} says why not
 * @param crosstab null when {@code crosstabProblem} says why not
 * @param charts the bar charts' data as JSON: {@code segments} by figure key
 * @param touchpoint whether a touchpoint is chosen, which the responses list cannot filter by
 * @param responses the responses list of the whole period and filter
 */
record SegmentsView(String period, Table table, PageProblems.Said tableProblem, Crosstab crosstab,
		PageProblems.Said crosstabProblem, String charts, boolean touchpoint, String responses) {

	/**
	 * @param dimension the dimension's code, e.g. {@code branch}
	 * @param question the choice question's text when grouped by its answers, else null
	 * @param columns the figure keys of the columns: NPS, each CSAT scale with answers, CES
	 * @param lines segments with answers first
	 * @param multiple grouped by a multiple-choice question, or by the themes or sentiments of the comments,
	 *        so one response counts in several lines
	 * @param linked whether the responses list can filter by this dimension
	 * @param charted the columns with answers in some segment, which get a bar chart
	 */
	record Table(String dimension, String question, List<String> columns, List<Line> lines, boolean multiple, boolean linked,
			List<String> charted) {
	}

	/**
	 * @param cells one per column; {@link Dashboard.Numbers#NONE} for a figure without answers
	 * @param answered false for a segment without any answers, shown as such
	 * @param responses null when the responses list cannot filter to the segment
	 */
	record Line(String label, List<Dashboard.Numbers> cells, boolean answered, String responses) {
	}

	/**
	 * @param figure the key of the figure in the cells, e.g. {@code csat5_top2}
	 * @param rows the rows' dimension code; {@code columns} likewise
	 * @param columnLabels the columns' segments, in order
	 */
	record Crosstab(String figure, String rows, String columns, List<String> columnLabels, List<CrossRow> lines) {
	}

	record CrossRow(String label, List<Cell> cells) {
	}

	/** @param responses null when the responses list cannot filter to both segments of the cell */
	record Cell(Dashboard.Numbers numbers, String responses) {
	}
}
