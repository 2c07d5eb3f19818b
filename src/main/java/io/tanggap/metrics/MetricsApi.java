package io.tanggap.metrics;

import static io.tanggap.metrics.MetricsRequests.date;
import static io.tanggap.metrics.MetricsRequests.dimension;
import static io.tanggap.metrics.MetricsRequests.known;
import static io.tanggap.metrics.MetricsRequests.segment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.feedback.Channel;
import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The figures under {@code /api/v1/metrics}: a period's NPS, CSAT and CES with n, standard error,
 * 95 % interval, low-n flag and change from the previous period and from the same days last year; and the monthly table, also as
 * CSV. Periods are whole local days of the workspace's time zone; without one, this month to date.
 */
@RestController
class MetricsApi {

	/**
	 * The change from the previous period, or from the same days last year. {@code significant} is
	 * false when either figure is from too few answers, whatever the p-value (see
	 * {@link MetricsQuery.Measured#significantChange()}); {@code previousN} is the earlier figure's n.
	 */
	record Change(double difference, Double standardError, double low, double high, double pValue,
			boolean significant, long previousN) {
		static Change of(MetricsQuery.Measured measured) {
			Comparison c = measured.change().orElseThrow();
			return new Change(c.difference(), Double.isFinite(c.standardError()) ? c.standardError() : null, c.low(),
					c.high(), c.pValue(), measured.significantChange(), measured.previous().map(Figure::n).orElse(0L));
		}
	}

	/**
	 * @param change from the previous period; null where the endpoint gives none or either has no answers
	 * @param lastYear from the same days one year earlier ({@code lastYearPeriod}), as {@code change};
	 *        only {@code /api/v1/metrics} gives it
	 */
	record FigureView(String key, String description, Unit unit, long n, Double value, Double standardError, Double low,
			Double high, boolean lowN, Change change, Change lastYear) {
		static FigureView of(Figure figure, Change change) {
			return of(figure, change, null);
		}

		static FigureView of(Figure figure, Change change, Change lastYear) {
			var e = figure.estimate();
			return new FigureView(figure.key(), figure.description(), figure.unit(), figure.n(),
					e.map(Estimate::value).orElse(null), e.map(Estimate::standardError).filter(Double::isFinite).orElse(null),
					e.map(Estimate::low).filter(Double::isFinite).orElse(null),
					e.map(Estimate::high).filter(Double::isFinite).orElse(null), figure.lowN(), change, lastYear);
		}
	}

	record MeasurementView(Period period, Period previous, Period lastYearPeriod, Segment segment,
			List<FigureView> figures) {
	}

	record MonthView(YearMonth month, List<FigureView> figures) {
	}

	record VersusRest(double difference, double low, double high, double pValue, double adjustedP) {
	}

	record BranchView(UUID branch, String name, FigureView figure, VersusRest versusRest, boolean significantlyBelow,
			boolean significantlyAbove) {
	}

	record RankingView(String key, String description, String adjustment, List<BranchView> branches) {
	}

	/** The count of each score, lowest score first. */
	record DistributionView(String key, int min, int max, List<Long> counts) {
	}

	record SegmentView(String key, String label, List<FigureView> figures) {
	}

	record CellView(String row, String rowLabel, String column, String columnLabel, List<FigureView> figures) {
	}

	private final MetricsQuery query;
	private final BranchRankings rankings;
	private final Segments segments;
	private final SurveyDrivers drivers;
	private final MetricsRequests requests;

	MetricsApi(MetricsQuery query, BranchRankings rankings, Segments segments, SurveyDrivers drivers,
			MetricsRequests requests) {
		this.rankings = rankings;
		this.requests = requests;
		this.query = query;
		this.segments = segments;
		this.drivers = drivers;
	}

	/**
	 * Key drivers of a survey's outcome: each driver's share of R² (LMG and relative weight) with
	 * bootstrap 95 % intervals, and its performance. Without a period: the last 365 days.
	 */
	@GetMapping("/api/v1/metrics/drivers")
	SurveyDrivers.Result drivers(@RequestParam UUID survey, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) List<String> drivers,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) UUID branch,
			@RequestParam(required = false) String touchpoint, HttpServletRequest request) {
		known(request, "survey", "outcome", "drivers", "from", "to", "channel", "branch", "touchpoint");
		Actor actor = Actors.require();
		Period period;
		if (from == null && to == null) {
			LocalDate today = query.today(actor.workspace());
			period = new Period(today.minusDays(364), today);
		}
		else {
			period = requests.period(actor, from, to);
		}
		return this.drivers.analyse(actor, period, new Segment(survey, channel, branch, touchpoint), outcome, drivers);
	}

	/**
	 * Figures by segment: {@code by=branch|channel|touchpoint|survey}, or {@code by=question} with
	 * {@code survey} and {@code question} (a choice question; counted from the raw answers).
	 */
	@GetMapping("/api/v1/metrics/segments")
	List<SegmentView> segments(@RequestParam String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			@RequestParam(required = false) String question, HttpServletRequest request) {
		known(request, "by", "from", "to", "survey", "channel", "branch", "touchpoint", "question");
		Actor actor = Actors.require();
		return segments.by(actor, requests.period(actor, from, to), new Segment(survey, channel, branch, touchpoint),
				dimension(by),
				question).stream()
			.map(row -> new SegmentView(row.key(), row.label(), row.figures().stream().map(f -> FigureView.of(f, null)).toList()))
			.toList();
	}

	/** A crosstab of two standard dimensions, e.g. {@code rows=branch&columns=touchpoint}. */
	@GetMapping("/api/v1/metrics/crosstab")
	List<CellView> crosstab(@RequestParam String rows, @RequestParam String columns,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			HttpServletRequest request) {
		known(request, "rows", "columns", "from", "to", "survey", "channel", "branch", "touchpoint");
		Actor actor = Actors.require();
		return segments.crosstab(actor, requests.period(actor, from, to), new Segment(survey, channel, branch, touchpoint),
				dimension(rows), dimension(columns)).stream()
			.map(cell -> new CellView(cell.row(), cell.rowLabel(), cell.column(), cell.columnLabel(),
					cell.figures().stream().map(f -> FigureView.of(f, null)).toList()))
			.toList();
	}

	@GetMapping("/api/v1/metrics")
	MeasurementView measure(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			HttpServletRequest request) {
		known(request, "from", "to", "survey", "channel", "branch", "touchpoint");
		Actor actor = Actors.require();
		Period period = requests.period(actor, from, to);
		Segment segment = new Segment(survey, channel, branch, touchpoint);
		// The period's own figures are counted once for both comparisons.
		var both = query.measure(actor, period, List.of(period.previous(), period.sameDaysLastYear()), segment);
		var measurement = both.get(0);
		var lastYear = both.get(1);
		Map<String, Change> lastYearChanges = new HashMap<>();
		lastYear.figures().stream().filter(m -> m.change().isPresent())
			.forEach(m -> lastYearChanges.put(m.figure().key(), Change.of(m)));
		return new MeasurementView(measurement.period(), measurement.previous(), lastYear.previous(),
				measurement.segment(), measurement.figures().stream()
					.map(m -> FigureView.of(m.figure(), m.change().isPresent() ? Change.of(m) : null,
							lastYearChanges.get(m.figure().key())))
					.toList());
	}

	record ComparedView(String key, FigureView first, FigureView second, Change difference) {
	}

	record ComparisonView(Period firstPeriod, Segment firstSegment, Period secondPeriod, Segment secondSegment,
			List<ComparedView> figures) {
	}

	/**
	 * Two periods or two segments compared: {@code from, to, survey, channel, branch, touchpoint} give
	 * the first; the same names prefixed {@code vs.} give the second, each taking the first's value
	 * when left out (so {@code vs.branch=…} compares two branches over the same days).
	 */
	@GetMapping("/api/v1/metrics/compare")
	ComparisonView compare(HttpServletRequest request) {
		known(request, "from", "to", "survey", "channel", "branch", "touchpoint", "vs.from", "vs.to", "vs.survey",
				"vs.channel", "vs.branch", "vs.touchpoint");
		Actor actor = Actors.require();
		String from = request.getParameter("from");
		String to = request.getParameter("to");
		Period first = requests.period(actor, date(from, "from"), date(to, "to"));
		Segment firstSegment = segment(request, "", null);
		Period second = new Period(
				request.getParameter("vs.from") == null ? first.from() : date(request.getParameter("vs.from"), "vs.from"),
				request.getParameter("vs.to") == null ? first.to() : date(request.getParameter("vs.to"), "vs.to"));
		Segment secondSegment = segment(request, "vs.", firstSegment);
		return new ComparisonView(first, firstSegment, second, secondSegment,
				query.compare(actor, first, firstSegment, second, secondSegment).stream()
					.map(c -> new ComparedView(c.key(), c.first().map(f -> FigureView.of(f, null)).orElse(null),
							c.second().map(f -> FigureView.of(f, null)).orElse(null),
							c.difference().map(d -> new Change(d.difference(),
									Double.isFinite(d.standardError()) ? d.standardError() : null, d.low(), d.high(), d.pValue(),
									c.significant(), c.first().map(Figure::n).orElse(0L))).orElse(null)))
					.toList());
	}

	record BucketView(Period days, List<FigureView> figures) {
	}

	/** The figures of each day, week (Monday to Sunday), month or quarter of the period. */
	@GetMapping("/api/v1/metrics/trend")
	List<BucketView> trend(@RequestParam(defaultValue = "month") String granularity,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			HttpServletRequest request) {
		known(request, "granularity", "from", "to", "survey", "channel", "branch", "touchpoint");
		Actor actor = Actors.require();
		Granularity cut = io.tanggap.shared.FilterValues.parsed(granularity, "granularity",
				g -> Granularity.valueOf(g.toUpperCase(java.util.Locale.ROOT)));
		Segment segment = new Segment(survey, channel, branch, touchpoint);
		return query.trend(actor, requests.period(actor, from, to), cut, segment).stream()
			.map(b -> new BucketView(b.days(), b.figures().stream().map(f -> FigureView.of(f, null)).toList()))
			.toList();
	}

	/** Branches ranked by each figure, each against the rest, with Holm-adjusted p-values. */
	@GetMapping("/api/v1/metrics/branches")
	List<RankingView> branches(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) String touchpoint, HttpServletRequest request) {
		known(request, "from", "to", "survey", "channel", "touchpoint");
		Actor actor = Actors.require();
		Segment segment = new Segment(survey, channel, null, touchpoint);
		return rankings.branches(actor, requests.period(actor, from, to), segment).stream()
			.map(ranking -> new RankingView(ranking.key(), ranking.description(), BranchRankings.BranchRanking.ADJUSTMENT,
					ranking.rows().stream().map(row -> new BranchView(row.branch(), row.name(), FigureView.of(row.figure(), null),
							row.versusRest().map(c -> new VersusRest(c.difference(), c.low(), c.high(), c.pValue(), row.adjustedP()))
								.orElse(null), row.significantlyBelow(), row.significantlyAbove())).toList()))
			.toList();
	}

	/** The score distribution of each figure's answers. */
	@GetMapping("/api/v1/metrics/distribution")
	List<DistributionView> distribution(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			HttpServletRequest request) {
		known(request, "from", "to", "survey", "channel", "branch", "touchpoint");
		Actor actor = Actors.require();
		return query.distributions(actor, requests.period(actor, from, to), new Segment(survey, channel, branch, touchpoint))
			.entrySet().stream().map(e -> {
				Scale scale = e.getValue().scale();
				List<Long> counts = new java.util.ArrayList<>();
				for (int score = scale.min(); score <= scale.max(); score++) {
					counts.add(e.getValue().count(score));
				}
				return new DistributionView(e.getKey(), scale.min(), scale.max(), counts);
			}).toList();
	}

	@GetMapping("/api/v1/metrics/monthly")
	List<MonthView> monthly(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			HttpServletRequest request) {
		known(request, "from", "to", "survey", "channel", "branch", "touchpoint");
		Actor actor = Actors.require();
		return requests.months(actor, from, to, new Segment(survey, channel, branch, touchpoint)).stream()
			.map(m -> new MonthView(m.month(), m.figures().stream().map(f -> FigureView.of(f, null)).toList()))
			.toList();
	}
}
