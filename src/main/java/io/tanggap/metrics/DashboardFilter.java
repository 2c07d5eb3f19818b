package io.tanggap.metrics;

import static io.tanggap.shared.FilterValues.blank;
import static io.tanggap.shared.FilterValues.parsed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

import org.springframework.web.util.UriComponentsBuilder;

import io.tanggap.feedback.Channel;
import io.tanggap.shared.Problem;

/**
 * What the dashboard shows: a period (a preset relative to today in the workspace's time zone, or
 * chosen days) and a segment. Read from the form's GET parameters, so every view is a link.
 */
record DashboardFilter(Period period, Segment segment) {

	/** The periods the form offers; {@link #CUSTOM} takes the form's from and to days. */
	enum Preset {
		THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_12_MONTHS, CUSTOM;

		/** @return the parameter value, e.g. {@code this-month} */
		public String code() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		Period of(LocalDate today) {
			return switch (this) {
				case THIS_MONTH -> new Period(today.withDayOfMonth(1), today);
				case LAST_MONTH -> Period.month(YearMonth.from(today).minusMonths(1));
				case THIS_QUARTER -> new Period(today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1),
						today);
				case LAST_12_MONTHS -> new Period(YearMonth.from(today).minusMonths(11).atDay(1), today);
				case CUSTOM -> throw new IllegalStateException("A custom period has no days of its own");
			};
		}
	}

	/** The form as typed; blanks mean "any" (and no period means this month, unless days are given). */
	record Params(String period, String from, String to, String survey, String branch, String channel,
			String touchpoint) {
	}

	/**
	 * @throws Problem 422 for a value that cannot be read, a custom period without both days, an inverted
	 * or too long period
	 */
	static DashboardFilter of(Params p, LocalDate today) {
		Preset preset = parsed(chosen(p), "period", DashboardFilter::preset);
		Period period;
		if (preset == Preset.CUSTOM) {
			LocalDate from = parsed(p.from(), "from", LocalDate::parse);
			LocalDate to = parsed(p.to(), "to", LocalDate::parse);
			if (from == null || to == null) {
				throw Problem.invalid("required", from == null ? "from" : "to");
			}
			period = new Period(from, to);
		}
		else {
			period = preset.of(today);
		}
		Segment segment = new Segment(parsed(p.survey(), "survey", UUID::fromString),
				parsed(p.channel(), "channel", c -> Channel.valueOf(c.toUpperCase(Locale.ROOT))),
				parsed(p.branch(), "branch", UUID::fromString), blank(p.touchpoint()) ? null : p.touchpoint().strip());
		return new DashboardFilter(period, segment);
	}

	/**
	 * @return the period's code as chosen: the one given, else {@code custom} when days are given (a
	 * link may give only days), else {@code this-month}
	 */
	static String chosen(Params p) {
		if (!blank(p.period())) {
			return p.period().strip().toLowerCase(Locale.ROOT);
		}
		return blank(p.from()) && blank(p.to()) ? Preset.THIS_MONTH.code() : Preset.CUSTOM.code();
	}

	/** @return the twelve months of the trend: those up to the period's last month */
	YearMonth firstMonth() {
		return lastMonth().minusMonths(11);
	}

	YearMonth lastMonth() {
		return YearMonth.from(period.to());
	}

	/** @return the responses list's address for the period and segment, but of this branch */
	String responses(UUID branch) {
		return responses(period.from(), period.to(), branch);
	}

	/** @return the responses list's address for this month and the segment */
	String responses(YearMonth month) {
		return responses(month.atDay(1), month.atEndOfMonth(), segment.branch());
	}

	/**
	 * @param parameters names and values, e.g. {@code "theme", "staff", "sentiment", "negative"}
	 * @return the responses list's address for the period and segment, narrowed further (to a theme, a sentiment)
	 */
	String responses(String... parameters) {
		UriComponentsBuilder uri = uri(period.from(), period.to(), segment.branch());
		for (int i = 0; i + 1 < parameters.length; i += 2) {
			uri.queryParam(parameters[i], parameters[i + 1]);
		}
		return uri.encode().build().toUriString();
	}

	private String responses(LocalDate from, LocalDate to, UUID branch) {
		return uri(from, to, branch).encode().build().toUriString();
	}

	/** The responses list has no touchpoint filter (yet), so a link leaves the touchpoint out. */
	private UriComponentsBuilder uri(LocalDate from, LocalDate to, UUID branch) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/responses").queryParam("from", from)
			.queryParam("to", to);
		if (segment.survey() != null) {
			uri.queryParam("survey", segment.survey());
		}
		if (branch != null) {
			uri.queryParam("branch", branch);
		}
		if (segment.channel() != null) {
			uri.queryParam("channel", segment.channel().name());
		}
		return uri;
	}

	private static Preset preset(String code) {
		for (Preset preset : Preset.values()) {
			if (preset.code().equals(code.toLowerCase(Locale.ROOT))) {
				return preset;
			}
		}
		throw new IllegalArgumentException("No preset " + code);
	}
}
