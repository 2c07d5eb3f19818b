package io.tanggap.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.metrics.CellTotals.CellQuery;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * The figures of a period and segment, from the histogram rollups: the answers of every question
 * with the role NPS, CSAT or CES are summed per score into one histogram per definition, and each
 * figure comes with its change from the previous period (see {@link Period#previous()}) or, asked
 * for, from the same days last year.
 */
@Service
public class MetricsQuery {

	/**
	 * A figure, the same figure of the previous period (if it had answers) and the change between
	 * them. {@link #significantChange()} is what the dashboard marks: significant at 5 % and neither
	 * figure from too few answers, since with a handful of answers the normal approximation behind
	 * the test says little.
	 */
	public record Measured(Figure figure, Optional<Figure> previous, Optional<Comparison> change) {

		public boolean significantChange() {
			return change.filter(Comparison::significant).isPresent() && !figure.lowN()
					&& previous.filter(p -> !p.lowN()).isPresent();
		}
	}

	public record Measurement(Period period, Period previous, Segment segment, List<Measured> figures) {
	}

	/** One bucket of a trend: its days (cut to the trend's period) and figures. */
	public record Bucket(Period days, List<Figure> figures) {
	}

	/** One month of the monthly table. */
	public record Month(YearMonth month, List<Figure> figures) {
	}

	private final RollupCube cube;
	private final ScoreRollups rollups;
	private final WorkspaceSetup workspaces;
	private final BranchDirectory branches;
	private final SurveyManagement surveys;
	private final MetricDefinitions definitions = MetricDefinitions.standard();
	private final java.time.Clock clock;

	MetricsQuery(RollupCube cube, ScoreRollups rollups, WorkspaceSetup workspaces, BranchDirectory branches, SurveyManagement surveys,
			java.time.Clock clock) {
		this.clock = clock;
		this.cube = cube;
		this.rollups = rollups;
		this.workspaces = workspaces;
		this.branches = branches;
		this.surveys = surveys;
	}

	/** @return today in the workspace's time zone */
	public LocalDate today(WorkspaceId workspace) {
		return LocalDate.now(clock.withZone(workspaces.find(workspace).map(Workspace::timeZone)
			.orElse(Workspace.DEFAULT_TIME_ZONE)));
	}

	@Transactional(readOnly = true)
	public Measurement measure(Actor actor, Period period, Segment segment) {
		return measure(actor, period, period.previous(), segment);
	}

	/**
	 * The figures of a period, each compared with the same figure of another period.
	 * @param against the period each change is measured from, the {@link Measurement#previous()} of the result
	 */
	@Transactional(readOnly = true)
	public Measurement measure(Actor actor, Period period, Period against, Segment segment) {
		return measure(actor, period, List.of(against), segment).get(0);
	}

	/**
	 * The figures of a period, counted once, compared with each of several other periods (the API
	 * gives the change from the previous period and from the same days last year).
	 * @return one measurement per period in {@code against}, in its order
	 */
	@Transactional(readOnly = true)
	public List<Measurement> measure(Actor actor, Period period, List<Period> against, Segment segment) {
		check(actor, segment);
		Map<String, Figure> now = figures(histograms(actor.workspace(), period, segment));
		List<Measurement> measurements = new ArrayList<>();
		for (Period other : against) {
			Map<String, Figure> before = figures(histograms(actor.workspace(), other, segment));
			List<Measured> measured = new ArrayList<>();
			now.forEach((key, figure) -> {
				Optional<Figure> earlier = Optional.ofNullable(before.get(key));
				measured.add(new Measured(figure, earlier, earlier.flatMap(e -> Comparison.between(e, figure))));
			});
			measurements.add(new Measurement(period, other, segment, measured));
		}
		return measurements;
	}

	/** @return by figure key: the histogram of the answers it counts (the score distribution) */
	@Transactional(readOnly = true)
	public Map<String, Histogram> distributions(Actor actor, Period period, Segment segment) {
		check(actor, segment);
		return histograms(actor.workspace(), period, segment);
	}

	/** @return the figures of each month from {@code first} to {@code last}, oldest first */
	@Transactional(readOnly = true)
	public List<Month> monthly(Actor actor, YearMonth first, YearMonth last, Segment segment) {
		check(actor, segment);
		Period whole = new Period(first.atDay(1), last.atEndOfMonth());
		Map<YearMonth, Map<String, Histogram>> byMonth = new LinkedHashMap<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			byMonth.put(month, new LinkedHashMap<>());
		}
		totals(actor.workspace(), new CellQuery(whole, segment, null, null, Granularity.MONTH)).histograms()
			.forEach((group, histograms) -> byMonth.get(YearMonth.from(group.bucket())).putAll(histograms));
		List<Month> months = new ArrayList<>();
		byMonth.forEach((month, histograms) -> months.add(new Month(month, List.copyOf(figures(histograms).values()))));
		return months;
	}

	/**
	 * @return the figures of each day, week, month or quarter of the period, oldest first; the first
	 * and last buckets are cut to the period
	 */
	@Transactional(readOnly = true)
	public List<Bucket> trend(Actor actor, Period period, Granularity granularity, Segment segment) {
		check(actor, segment);
		Map<LocalDate, Map<String, Histogram>> byStart = new LinkedHashMap<>();
		for (LocalDate start = granularity.start(period.from()); !start.isAfter(period.to());
				start = granularity.next(start)) {
			if (byStart.size() == Granularity.MAX_BUCKETS) {
				throw Problem.invalid("trend-too-long", Granularity.MAX_BUCKETS);
			}
			byStart.put(start, new LinkedHashMap<>());
		}
		totals(actor.workspace(), new CellQuery(period, segment, null, null, granularity)).histograms()
			.forEach((group, histograms) -> byStart.get(group.bucket()).putAll(histograms));
		List<Bucket> buckets = new ArrayList<>();
		byStart.forEach((start, histograms) -> {
			LocalDate end = granularity.next(start).minusDays(1);
			Period days = new Period(start.isBefore(period.from()) ? period.from() : start,
					end.isAfter(period.to()) ? period.to() : end);
			buckets.add(new Bucket(days, List.copyOf(figures(histograms).values())));
		});
		return buckets;
	}

	/**
	 * One figure in two periods or segments, and the difference of the second from the first;
	 * {@link #significant()} as for a change: p < 0.05 and neither figure low-n.
	 */
	public record Compared(String key, Optional<Figure> first, Optional<Figure> second, Optional<Comparison> difference) {

		public boolean significant() {
			return difference.filter(Comparison::significant).isPresent() && first.filter(f -> !f.lowN()).isPresent()
					&& second.filter(f -> !f.lowN()).isPresent();
		}
	}

	/** @return each figure with answers in either, compared: the second minus the first */
	@Transactional(readOnly = true)
	public List<Compared> compare(Actor actor, Period firstPeriod, Segment firstSegment, Period secondPeriod,
			Segment secondSegment) {
		check(actor, firstSegment);
		check(actor, secondSegment);
		Map<String, Figure> first = figures(histograms(actor.workspace(), firstPeriod, firstSegment));
		Map<String, Figure> second = figures(histograms(actor.workspace(), secondPeriod, secondSegment));
		List<Compared> compared = new ArrayList<>();
		for (MetricDefinition definition : definitions.all()) {
			Optional<Figure> a = Optional.ofNullable(first.get(definition.key()));
			Optional<Figure> b = Optional.ofNullable(second.get(definition.key()));
			if (a.isPresent() || b.isPresent()) {
				compared.add(new Compared(definition.key(), a, b,
						a.flatMap(x -> b.flatMap(y -> Comparison.between(x, y)))));
			}
		}
		return compared;
	}

	void check(Actor actor, Segment segment) {
		if (segment.branch() != null && branches.find(actor.workspace(), segment.branch()).isEmpty()) {
			throw Problem.invalid("branch-unknown", segment.branch());
		}
		if (segment.survey() != null) {
			surveys.get(actor, new SurveyId(segment.survey()));
		}
		if (segment.touchpoint() != null && segment.touchpoint().length() > 100) {
			throw Problem.invalid("too-long", "touchpoint", 100);
		}
	}

	/** @return by definition key: the histogram of the answers it measures, from the rollups */
	Map<String, Histogram> histograms(WorkspaceId workspace, Period period, Segment segment) {
		return totals(workspace, CellQuery.of(period, segment)).ungrouped();
	}

	/** @return the rollup cells a query asks for, summed: from memory, or from the rollup table when the cube is off */
	CellTotals totals(WorkspaceId workspace, CellQuery query) {
		CellTotals totals = new CellTotals();
		if (!cube.sum(workspace, query, totals)) {
			rollups.sum(workspace, query, totals);
		}
		return totals;
	}

	Map<String, Figure> figures(Map<String, Histogram> histograms) {
		Map<String, Figure> figures = new LinkedHashMap<>();
		for (MetricDefinition definition : definitions.all()) {
			Histogram histogram = histograms.get(definition.key());
			if (histogram != null && definition instanceof ScoreMetric metric) {
				figures.put(definition.key(), metric.measure(histogram));
			}
		}
		return figures;
	}
}
