package io.tanggap.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import io.tanggap.shared.Problem;

/**
 * A period of whole local days in the workspace's time zone, both ends included.
 * {@link #previous()} is what a change is measured against: the calendar month before, when the
 * period lies within one month and starts on its first day (a month, or a month to date);
 * otherwise the same number of days just before.
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

	private static long days(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}
}
