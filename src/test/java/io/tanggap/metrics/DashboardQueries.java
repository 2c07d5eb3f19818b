package io.tanggap.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import io.tanggap.feedback.Channel;
import io.tanggap.identity.Actor;

/**
 * The five typical dashboard queries of the benchmark, each three ways: the engine's beans
 * in-process, the matching {@code /api/v1/metrics} requests, and GROUP BY over raw answers.
 * Periods are fixed from {@code today} (the workspace's local date) when the queries are made.
 */
final class DashboardQueries {

	/**
	 * One query: its name in RESULT lines; the engine's answer; the HTTP paths a dashboard requests
	 * for it; and the raw statements that answer the same.
	 */
	record Query(String name, Supplier<Tally> inProcess, List<String> paths, Function<RawSql, List<RawSql.Statement>> raw) {
	}

	private DashboardQueries() {
	}

	static List<Query> all(MetricsQuery metrics, BranchRankings rankings, Segments segments, Actor owner, LocalDate today, UUID branch,
			Channel channel) {
		YearMonth thisMonth = YearMonth.from(today);
		Period monthToDate = new Period(thisMonth.atDay(1), today);
		YearMonth quarterStart = thisMonth.minusMonths((thisMonth.getMonthValue() - 1) % 3L).minusMonths(3);
		Period quarter = new Period(quarterStart.atDay(1), quarterStart.plusMonths(2).atEndOfMonth());
		Period threeMonths = new Period(thisMonth.minusMonths(3).atDay(1), thisMonth.minusMonths(1).atEndOfMonth());
		Period seventeenDays = new Period(today.minusDays(17), today.minusDays(1));
		Segment branchChannel = new Segment(null, channel, branch, null);
		List<Query> queries = new ArrayList<>();
		queries.add(new Query("month_by_branch", () -> {
			Tally tally = measured(metrics.measure(owner, monthToDate, Segment.ALL));
			Map<UUID, List<Figure>> byBranch = new LinkedHashMap<>();
			for (BranchRankings.BranchRanking ranking : rankings.branches(owner, monthToDate, Segment.ALL)) {
				ranking.rows().forEach(row -> byBranch.computeIfAbsent(row.branch(), b -> new ArrayList<>()).add(row.figure()));
			}
			byBranch.forEach((id, figures) -> tally.figures(id.toString(), figures));
			return tally;
		}, List.of("/api/v1/metrics/branches?" + range(monthToDate), "/api/v1/metrics?" + range(monthToDate)),
				sql -> List.of(sql.statement(sql.text("branch_id"), List.of(), monthToDate, "", "now"),
						sql.statement("'previous'", List.of(), monthToDate.previous(), "", null))));
		YearMonth firstMonth = thisMonth.minusMonths(11);
		queries.add(new Query("trend_12_months", () -> {
			Tally tally = new Tally();
			metrics.monthly(owner, firstMonth, thisMonth, Segment.ALL)
				.forEach(month -> tally.figures(month.month().toString(), month.figures()));
			return tally;
		}, List.of("/api/v1/metrics/monthly?from=" + firstMonth + "&to=" + thisMonth),
				sql -> List.of(sql.statement(sql.localMonth(), List.of(),
						new Period(firstMonth.atDay(1), thisMonth.atEndOfMonth()), "", null))));
		queries.add(new Query("branch_channel_quarter", () -> measured(metrics.measure(owner, quarter, branchChannel)),
				List.of("/api/v1/metrics?" + range(quarter) + "&branch=" + branch + "&channel=" + channel),
				sql -> List.of(nowOrPrevious(sql, quarter, " AND " + sql.dialect().column("channel") + " = '" + channel
						+ "' AND " + sql.dialect().column("branch_id") + " = '" + branch + "'"))));
		queries.add(new Query("crosstab_branch_touchpoint", () -> {
			Tally tally = new Tally();
			segments.crosstab(owner, threeMonths, Segment.ALL, Dimension.BRANCH, Dimension.TOUCHPOINT)
				.forEach(cell -> tally.figures(cell.row() + "|" + cell.column(), cell.figures()));
			return tally;
		}, List.of("/api/v1/metrics/crosstab?rows=branch&columns=touchpoint&" + range(threeMonths)),
				sql -> List.of(sql.statement(sql.text("branch_id") + " || '|' || " + sql.dialect().column("touchpoint"),
						List.of(), threeMonths, "", null))));
		queries.add(new Query("custom_17_days", () -> measured(metrics.measure(owner, seventeenDays, Segment.ALL)),
				List.of("/api/v1/metrics?" + range(seventeenDays)), sql -> List.of(nowOrPrevious(sql, seventeenDays, ""))));
		return queries;
	}

	/** The figures of a period and of the period before it, which a measurement always compares. */
	private static RawSql.Statement nowOrPrevious(RawSql sql, Period period, String filter) {
		Period previous = period.previous();
		return sql.statement(sql.nowOrPrevious(), List.of(sql.start(period.from())), new Period(previous.from(), period.to()),
				filter, null);
	}

	private static Tally measured(MetricsQuery.Measurement measurement) {
		Tally tally = new Tally();
		List<Figure> now = new ArrayList<>();
		List<Figure> previous = new ArrayList<>();
		for (MetricsQuery.Measured measured : measurement.figures()) {
			now.add(measured.figure());
			measured.previous().ifPresent(previous::add);
		}
		return tally.figures("now", now).figures("previous", previous);
	}

	private static String range(Period period) {
		return "from=" + period.from() + "&to=" + period.to();
	}
}
