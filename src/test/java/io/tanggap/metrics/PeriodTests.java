package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The periods a figure is compared with. */
class PeriodTests {

	@Test
	void lastYearIsTheSameDaysOneYearEarlier() {
		assertThat(new Period(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 5)).sameDaysLastYear())
			.isEqualTo(new Period(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 5)));
		assertThat(Period.month(YearMonth.of(2026, 10)).sameDaysLastYear()).isEqualTo(Period.month(YearMonth.of(2025, 10)));
	}

	@Test
	void aLeapDayBecomesTheLastDayOfFebruary() {
		assertThat(Period.month(YearMonth.of(2028, 2)).sameDaysLastYear()).isEqualTo(Period.month(YearMonth.of(2027, 2)));
		LocalDate leapDay = LocalDate.of(2028, 2, 29);
		assertThat(new Period(leapDay, leapDay).sameDaysLastYear())
			.isEqualTo(new Period(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 2, 28)));
	}

	@Test
	void aLongestPeriodStaysWithinTheLimit() {
		LocalDate from = LocalDate.of(2020, 2, 29);
		Period longest = new Period(from, from.plusDays(Period.MAX_DAYS - 1));
		assertThat(longest.sameDaysLastYear().days()).isLessThanOrEqualTo(Period.MAX_DAYS);
		assertThat(longest.sameDaysLastYear().to()).isEqualTo(longest.to().minusYears(1));
	}
}
