package io.tanggap.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import io.tanggap.shared.Problem;

/**
 * A period of whole local days in the workspace's time zone, both ends included.
 * {@link #previous()} is what a change is measured against: the calendar month before, when the
 * period lies within one month and starts on its first day (a month, or a month to date);
 * otherwise the same number of days just before. {@link #sameDaysLastYear()} is the other thing a
 * figure is compared with: the same local days one year earlier.
 */
public record Period(LocalDate from, LocalDate to) {

	/** Longer periods are refused: about ten years, more than a dashboard ever needs. */
	public static final int MAX_DAYS = 3660;

	public Period {
		if (from == null || to == null) {
			throw Problem.invalid("required", from == null ? "from" : "to");
		}
		if (to.isBefore(from)) {
			throw Problem.invalid("period-inverted", from, to);
		}
		if (days(from, to) > MAX_DAYS) {
			throw Problem.invalid("period-too-long", MAX_DAYS);
		}
	}

	public static Period month(YearMonth month) {
		return new Period(month.atDay(1), month.atEndOfMonth());
	}

	public long days() {
		return days(from, to);
	}

	public Period previous() {
		if (from.getDayOfMonth() == 1 && YearMonth.from(from).equals(YearMonth.from(to))) {
			return month(YearMonth.from(from).minusMonths(1));
		}
		return new Period(from.minusDays(days()), from.minusDays(1));
	}

	/**
	 * @return the same days of the month one year earlier; 29 February becomes 28 February, so a
	 *         whole month stays a whole month (a period that would thereby grow past
	 *         {@link #MAX_DAYS} starts one day later)
	 */
	public Period sameDaysLastYear() {
		LocalDate start = from.minusYears(1);
		LocalDate end = to.minusYears(1);
		if (days(start, end) > MAX_DAYS) {
			start = start.plusDays(1);
		}
		return new Period(start, end);
	}

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}
}
