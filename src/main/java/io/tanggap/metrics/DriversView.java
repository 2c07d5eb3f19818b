package io.tanggap.metrics;

import java.util.List;

/**
 * The drivers page as its template reads it: the analysis of a survey's outcome with its numbers
 * written in the page's language, the drivers most important first, and the chart's data as JSON.
 *
 * @param period the period's days, in words
 * @param outcome the outcome question's text in the page's language
 * @param rSquared R² as a fraction, with its bootstrap 95 % interval ({@code rSquaredLow}, {@code rSquaredHigh})
 * @param explained R² as a percentage of the outcome's variation
 * @param complete responses that answered the outcome and every driver
 * @param incomplete responses left out because they did not
 * @param analysed the responses analysed: all complete ones, or a random sample when {@code sampled}
 * @param warnings reasons to read the result with care, in English, as the analysis wrote them
 * @param charts the chart's data as JSON: {@code drivers} with the points and the median lines
 * @param responses the responses list of the survey, period and filter
 */
record DriversView(String period, String outcome, String rSquared, String rSquaredLow, String rSquaredHigh,
		String explained, long complete, long incomplete, int analysed, boolean sampled, List<Line> drivers,
		List<String> warnings, String charts, String responses) {

	/**
	 * One driver, its shares in percent.
	 * @param importance its LMG share as a percentage of R² (the shares of all drivers add up to 100)
	 * @param lmg its LMG share of the outcome's variation, with the bootstrap 95 % interval
	 * @param relativeWeight its relative weight, likewise
	 * @param mean its mean rating on its scale ({@code scale}, e.g. {@code 1–5})
	 * @param performance the mean as 0–100 of the scale
	 * @param fixFirst above the median importance and below the median performance
	 */
	record Line(String question, String label, String importance, String lmg, String lmgLow, String lmgHigh,
			String relativeWeight, String relativeWeightLow, String relativeWeightHigh, String mean, String scale,
			String performance, boolean fixFirst) {
	}
}
