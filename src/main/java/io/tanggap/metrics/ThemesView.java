package io.tanggap.metrics;

import java.util.List;

/**
 * The Tema page as its template reads it: numbers already written in the page's language, themes
 * named in it, links to the comments behind each number, and the bar charts' data as JSON.
 *
 * @param period the period's days, in words; {@code previous} likewise
 * @param comments the comments read in the period; {@code previousComments} in the previous period
 * @param themes the most mentioned first
 * @param impacts one table per score figure with answers among the comments read
 * @param charts the bar charts' data as JSON: {@code segments} by chart key ({@code share}, and
 *        {@code <figure>_difference})
 * @param touchpoint whether a touchpoint is chosen, which the responses list cannot filter by
 * @param csv the address of the page's figures as CSV
 */
record ThemesView(String period, String previous, long comments, long previousComments, List<Theme> themes,
		List<ImpactTable> impacts, String charts, boolean touchpoint, String csv) {

	/**
	 * A theme's mentions.
	 * @param share the share of the comments read that mention it, with its interval
	 * @param change the change of the share from the previous period in percentage points; null when
	 *        either period had no comments
	 * @param sentiments positive, neutral, negative: the count and its share of the mentions
	 * @param responses the comments that mention it
	 */
	record Theme(String key, String name, long mentions, Dashboard.Numbers share, String change, String changeP,
			boolean significantChange, long previousMentions, List<Sentiment> sentiments, String responses) {
	}

	/** @param responses the comments that mention the theme with this sentiment */
	record Sentiment(String sentiment, long count, String share, String responses) {
	}

	/** One score figure, theme by theme: with the theme against without it. */
	record ImpactTable(String figure, List<Impact> rows) {
	}

	/**
	 * @param difference with minus without; null when either has no answers
	 * @param p Holm-adjusted across the themes
	 */
	record Impact(String name, Dashboard.Numbers with, Dashboard.Numbers without, String difference, String low,
			String high, String p, boolean significant, String responses) {
	}
}
