package io.tanggap.metrics;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers and dates as the dashboard writes them, in the page's language (a decimal comma in
 * Indonesian, a decimal point in English). Points and percentages get one decimal and mean scores two: with the margins
 * of error a dashboard sees, more decimals would only pretend to precision (the API and the CSV
 * keep them all).
 */
final class FigureText {

	private final Locale locale;

	FigureText(Locale locale) {
		this.locale = locale;
	}

	/** @return e.g. {@code 42,9}, never {@code -0,0} */
	String value(Unit unit, double value) {
		String text = format(unit, false).format(value);
		return text.matches("-0([.,]0+)?") ? text.substring(1) : text;
	}

	/** @return e.g. {@code +4,2} or {@code -4,2}; {@code 0,0} without sign */
	String difference(Unit unit, double difference) {
		String text = format(unit, true).format(difference);
		return text.matches("[-+]0([.,]0+)?") ? text.substring(1) : text;
	}

	/** @return the half width of the 95 % interval, or an em dash when it is unbounded */
	String margin(Unit unit, Estimate estimate) {
		double half = (estimate.high() - estimate.low()) / 2;
		return Double.isFinite(half) ? value(unit, half) : "—";
	}

	/** @return an interval bound, or an em dash when it is unbounded (a mean of one answer) */
	String bound(Unit unit, double bound) {
		return Double.isFinite(bound) ? value(unit, bound) : "—";
	}

	/** @return e.g. {@code Oktober 2026} for a whole month, else {@code 1 Okt 2026 – 15 Okt 2026} */
	String period(Period period) {
		YearMonth month = YearMonth.from(period.from());
		if (period.equals(Period.month(month))) {
			return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
		}
		return day(period.from()) + " – " + day(period.to());
	}

	String day(LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
	}

	/** @return e.g. {@code Okt 2026}, short enough for a chart's axis and a table's first column */
	String month(YearMonth month) {
		return DateTimeFormatter.ofPattern("LLL yyyy", locale).format(month);
	}

	/** @return the value rounded as it is written, for charts */
	static double rounded(Unit unit, double value) {
		double scale = Math.pow(10, decimals(unit));
		return Math.round(value * scale) / scale;
	}

	static int decimals(Unit unit) {
		return unit == Unit.SCORE ? 2 : 1;
	}

	private DecimalFormat format(Unit unit, boolean signed) {
		DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
		format.setMinimumFractionDigits(decimals(unit));
		format.setMaximumFractionDigits(decimals(unit));
		format.setGroupingUsed(false);
		if (signed) {
			format.setPositivePrefix("+");
		}
		return format;
	}
}
