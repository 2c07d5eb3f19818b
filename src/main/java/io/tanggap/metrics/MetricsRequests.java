package io.tanggap.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.tanggap.feedback.Channel;
import io.tanggap.identity.Actor;
import io.tanggap.shared.FilterValues;
import io.tanggap.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reading the metrics API's requests: the parameters an endpoint knows, periods (this month to date
 * when none is given), months, dimensions and prefixed segments.
 */
@Component
class MetricsRequests {

	/** At most this many months in one monthly table. */
	static final int MAX_MONTHS = 120;

	private final MetricsQuery query;

	MetricsRequests(MetricsQuery query) {
		this.query = query;
	}

	/**
	 * A parameter this endpoint does not know (a misspelt filter) would silently show unfiltered
	 * figures as if they were filtered: it is refused instead.
	 */
	static void known(HttpServletRequest request, String... names) {
		java.util.Set<String> allowed = java.util.Set.of(names);
		for (String name : java.util.Collections.list(request.getParameterNames())) {
			if (!allowed.contains(name)) {
				throw Problem.invalid("filter-unknown", name, String.join(", ", names));
			}
		}
	}

	static Dimension dimension(String name) {
		try {
			return Dimension.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid("dimension-unknown", name);
		}
	}

	static LocalDate date(String value, String name) {
		return FilterValues.parsed(value, name, LocalDate::parse);
	}

	/** The segment named by parameters with this prefix; a part left out is {@code fallback}'s. */
	static Segment segment(HttpServletRequest request, String prefix, Segment fallback) {
		String survey = request.getParameter(prefix + "survey");
		String channel = request.getParameter(prefix + "channel");
		String branch = request.getParameter(prefix + "branch");
		String touchpoint = request.getParameter(prefix + "touchpoint");
		return new Segment(
				survey != null ? FilterValues.parsed(survey, prefix + "survey", UUID::fromString)
						: fallback == null ? null : fallback.survey(),
				channel != null ? FilterValues.parsed(channel, prefix + "channel", Channel::valueOf)
						: fallback == null ? null : fallback.channel(),
				branch != null ? FilterValues.parsed(branch, prefix + "branch", UUID::fromString)
						: fallback == null ? null : fallback.branch(),
				touchpoint != null ? touchpoint : fallback == null ? null : fallback.touchpoint());
	}

	List<MetricsQuery.Month> months(Actor actor, YearMonth from, YearMonth to, Segment segment) {
		YearMonth last = to != null ? to : YearMonth.from(query.today(actor.workspace()));
		YearMonth first = from != null ? from : last.minusMonths(11);
		if (last.isBefore(first)) {
			throw Problem.invalid("period-inverted", first, last);
		}
		if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
			throw Problem.invalid("months-too-many", MAX_MONTHS);
		}
		return query.monthly(actor, first, last, segment);
	}

	Period period(Actor actor, LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			LocalDate today = query.today(actor.workspace());
			return new Period(today.withDayOfMonth(1), today);
		}
		if (from == null || to == null) {
			throw Problem.invalid("required", from == null ? "from" : "to");
		}
		return new Period(from, to);
	}

}
