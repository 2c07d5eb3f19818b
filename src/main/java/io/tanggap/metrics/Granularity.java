package io.tanggap.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** How a trend is cut into buckets of local days: days, weeks (Monday to Sunday), months or quarters. */
public enum Granularity {
	DAY, WEEK, MONTH, QUARTER;

	/** At most this many buckets in one trend. */
	public static final int MAX_BUCKETS = 400;

	/** @return the first day of the bucket holding {@code day} */
	public LocalDate start(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
			case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
		};
	}

	/** @return the first day of the next bucket */
	public LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
			case QUARTER -> start.plusMonths(3);
		};
	}
}
