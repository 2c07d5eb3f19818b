package io.tanggap.metrics;

import java.util.List;

/**
 * The dashboard page as its template reads it: numbers already written in the page's language,
 * links to the responses behind each of them, and the charts' data as JSON.
 *
 * @param period the period's days, in words
 * @param previous the period its changes are measured against, in words
 * @param lastYear the same days one year earlier, in words
 * @param cards one per figure shown, NPS first, then CSAT, then CES
 * @param columns the figure keys of the monthly table's columns, CSAT first as owners know the table
 * @param months the monthly table, oldest month first
 * @param rankings the branches ranked by each figure shown; empty with fewer than two branches
 * @param distributions the count of each score per figure shown with answers
 * @param charts the charts' data as JSON: {@code trends} and {@code distributions} by figure key
 * @param touchpoint whether a touchpoint is chosen, which the responses list cannot filter by
 */
record Dashboard(String period, String previous, String lastYear, List<Card> cards, List<String> columns, List<MonthRow> months,
		List<Ranking> rankings, List<Distribution> distributions, String charts, boolean touchpoint) {

	/** @return whether any card shows an external benchmark, which the page then explains */
	public boolean hasBenchmarks() {
		return cards.stream().anyMatch(card -> !card.benchmarks().isEmpty());
	}

	/**
	 * A figure's numbers as text.
	 * @param value null when the figure has no answers; then so are margin, low and high
	 */
	record Numbers(String value, String margin, String low, String high, long n, boolean lowN) {

		static final Numbers NONE = new Numbers(null, null, null, null, 0, true);

		static Numbers of(Figure figure, FigureText text) {
			return figure.estimate()
				.map(e -> new Numbers(text.value(figure.unit(), e.value()), text.margin(figure.unit(), e),
						text.bound(figure.unit(), e.low()), text.bound(figure.unit(), e.high()), figure.n(), figure.lowN()))
				.orElse(NONE);
		}

		public boolean hasAnswers() {
			return value != null;
		}
	}

	/**
	 * The change from the previous period, or from the same days last year.
	 * @param direction {@code up}, {@code down} or {@code flat}
	 * @param significant what {@link MetricsQuery.Measured#significantChange()} says, and nothing else
	 */
	record Change(String difference, String direction, boolean significant, long previousN) {
	}

	/**
	 * @param unit decides the unit words after the value and the difference
	 * @param change null when either period has no answers
	 * @param lastYear the change from the same days last year; null when either has no answers
	 * @param benchmarks the workspace's external benchmarks of this figure
	 */
	record Card(String key, String description, Unit unit, Numbers numbers, Change change, Change lastYear,
			List<BenchmarkLine> benchmarks, String responses) {
	}

	/**
	 * An external benchmark of a card's figure, and where the figure lies against it (see
	 * {@link Benchmark#position(Figure)}).
	 * @param value the benchmark's value as published, in the page's language
	 * @param label may be null
	 * @param url may be null
	 * @param country the country's name in the page's language; null for a global benchmark
	 * @param difference the figure minus the benchmark; null when the figure has no answers
	 * @param position {@code above}, {@code below} or {@code unclear}; null when the figure has no answers
	 */
	record BenchmarkLine(String value, String label, String source, String url, String year, String country,
			String method, String difference, String position) {
	}

	/** @param cells one per column, in the order of {@link Dashboard#columns()} */
	record MonthRow(String month, List<Numbers> cells, String responses) {
	}

	record Ranking(String key, String description, List<BranchLine> rows) {
	}

	/**
	 * @param difference the branch minus the rest, or null when either has no answers
	 * @param below significantly below the rest, after Holm's adjustment
	 * @param above significantly above the rest, after Holm's adjustment
	 */
	record BranchLine(String name, Numbers numbers, String difference, boolean below, boolean above,
			String responses) {
	}

	record Distribution(String key, List<Integer> scores, List<Long> counts) {
	}
}
