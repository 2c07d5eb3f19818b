package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;

/**
 * Puts the dashboard together from {@link MetricsQuery}: the period's cards with their changes from
 * the previous period and from the same days last year, the twelve months up to the period's end,
 * the branches ranked against the rest and the score distributions, each number with a link to the
 * responses behind it.
 */
@Component
class DashboardPage {

	/**
	 * The figures a dashboard shows, by kind (NPS, CSAT top-2-box, CES mean): those of a kind that
	 * have answers in the period, the period before or the twelve months, or else the kind's first,
	 * to say that it has none.
	 */
	private static final List<String> CSAT = List.of("csat5_top2", "csat7_top2", "csat10_top2", "csat_yes");
	private static final List<List<String>> KINDS = List.of(List.of("nps"), CSAT, List.of("ces7_mean"));

	private static final MetricDefinitions DEFINITIONS = MetricDefinitions.standard();

	private final MetricsQuery query;
	private final BranchRankings branchRankings;
	private final DashboardCharts charts;
	private final BenchmarkManagement benchmarks;

	DashboardPage(MetricsQuery query, BranchRankings branchRankings, DashboardCharts charts, BenchmarkManagement benchmarks) {
		this.branchRankings = branchRankings;
		this.query = query;
		this.charts = charts;
		this.benchmarks = benchmarks;
	}

	/** In one read-only transaction: one connection for the page's queries. */
	@Transactional(readOnly = true)
	Dashboard of(Actor actor, DashboardFilter filter, Locale locale) {
		FigureText text = new FigureText(locale);
		Segment segment = filter.segment();
		List<MetricsQuery.Measurement> both = query.measure(actor, filter.period(),
				List.of(filter.period().previous(), filter.period().sameDaysLastYear()), segment);
		MetricsQuery.Measurement measurement = both.get(0);
		MetricsQuery.Measurement lastYear = both.get(1);
		Map<String, MetricsQuery.Measured> yearAgo = new LinkedHashMap<>();
		lastYear.figures().forEach(m -> yearAgo.put(m.figure().key(), m));
		List<Benchmark> external = benchmarks.all(actor.workspace());
		List<MetricsQuery.Month> months = query.monthly(actor, filter.firstMonth(), filter.lastMonth(), segment);
		Map<String, MetricsQuery.Measured> measured = new LinkedHashMap<>();
		measurement.figures().forEach(m -> measured.put(m.figure().key(), m));
		List<String> shown = shown(measured, months);
		List<String> columns = new ArrayList<>(shown.stream().filter(CSAT::contains).toList());
		columns.addAll(shown.stream().filter(key -> !CSAT.contains(key)).toList());
		List<Dashboard.Distribution> distributions = distributions(shown,
				query.distributions(actor, filter.period(), segment));
		return new Dashboard(text.period(filter.period()), text.period(measurement.previous()),
				text.period(lastYear.previous()),
				shown.stream().map(key -> card(key, measured, yearAgo, external, filter, text, locale)).toList(), columns,
				months.stream().map(month -> row(month, columns, filter, text)).toList(),
				rankings(actor, filter, shown, text), distributions, charts.json(shown, months, distributions, text),
				segment.touchpoint() != null);
	}

	private static List<String> shown(Map<String, MetricsQuery.Measured> measured, List<MetricsQuery.Month> months) {
		Set<String> answered = new TreeSet<>(measured.keySet());
		measured.values().forEach(m -> m.previous().ifPresent(p -> answered.add(p.key())));
		months.forEach(month -> month.figures().forEach(f -> answered.add(f.key())));
		List<String> shown = new ArrayList<>();
		for (List<String> kind : KINDS) {
			List<String> withAnswers = kind.stream().filter(answered::contains).toList();
			shown.addAll(withAnswers.isEmpty() ? List.of(kind.get(0)) : withAnswers);
		}
		return shown;
	}

	private static Dashboard.Card card(String key, Map<String, MetricsQuery.Measured> measured,
			Map<String, MetricsQuery.Measured> yearAgo, List<Benchmark> external, DashboardFilter filter,
			FigureText text, Locale locale) {
		String responses = filter.responses();
		MetricsQuery.Measured m = measured.get(key);
		ScoreMetric metric = DEFINITIONS.findScoreMetric(key).orElseThrow();
		Figure figure = m != null ? m.figure() : metric.measure(Histogram.empty(metric.scale()));
		List<Dashboard.BenchmarkLine> lines = external.stream().filter(b -> b.details().figure().equals(key))
			.map(b -> line(b, figure, text, locale)).toList();
		if (m == null) {
			return new Dashboard.Card(key, figure.description(), figure.unit(), Dashboard.Numbers.NONE, null, null,
					lines, responses);
		}
		return new Dashboard.Card(key, figure.description(), figure.unit(), Dashboard.Numbers.of(figure, text),
				change(m, text), yearAgo.containsKey(key) ? change(yearAgo.get(key), text) : null, lines, responses);
	}

	private static Dashboard.BenchmarkLine line(Benchmark benchmark, Figure figure, FigureText text, Locale locale) {
		BenchmarkDetails d = benchmark.details();
		String country = BenchmarkDetails.GLOBAL.equals(d.country()) ? null
				: new Locale.Builder().setRegion(d.country()).build().getDisplayCountry(locale);
		return new Dashboard.BenchmarkLine(d.valueText(locale), d.label(), d.source(), d.sourceUrl(),
				String.valueOf(d.year()), country, d.method(),
				benchmark.difference(figure).map(difference -> text.difference(figure.unit(), difference)).orElse(null),
				benchmark.position(figure).map(Benchmark.Position::code).orElse(null));
	}

	/** @return the change the figure is measured with, or null when the earlier figure has no answers */
	private static Dashboard.Change change(MetricsQuery.Measured m, FigureText text) {
		Unit unit = m.figure().unit();
		return m.change().map(c -> {
			double shownDifference = FigureText.rounded(unit, c.difference());
			String direction = shownDifference > 0 ? "up" : shownDifference < 0 ? "down" : "flat";
			return new Dashboard.Change(text.difference(unit, c.difference()), direction, m.significantChange(),
					m.previous().map(Figure::n).orElse(0L));
		}).orElse(null);
	}

	private static Dashboard.MonthRow row(MetricsQuery.Month month, List<String> columns, DashboardFilter filter,
			FigureText text) {
		List<Dashboard.Numbers> cells = columns.stream()
			.map(key -> month.figures().stream().filter(f -> f.key().equals(key)).findFirst()
				.map(f -> Dashboard.Numbers.of(f, text)).orElse(Dashboard.Numbers.NONE))
			.toList();
		return new Dashboard.MonthRow(text.month(month.month()), cells, filter.responses(month.month()));
	}

	private List<Dashboard.Ranking> rankings(Actor actor, DashboardFilter filter, List<String> shown, FigureText text) {
		List<Dashboard.Ranking> rankings = new ArrayList<>();
		for (BranchRankings.BranchRanking ranking : branchRankings.branches(actor, filter.period(), filter.segment())) {
			if (!shown.contains(ranking.key()) || ranking.rows().size() < 2) {
				continue;
			}
			rankings.add(new Dashboard.Ranking(ranking.key(), ranking.description(), ranking.rows().stream()
				.map(row -> new Dashboard.BranchLine(row.name(), Dashboard.Numbers.of(row.figure(), text),
						row.versusRest().map(c -> text.difference(c.unit(), c.difference())).orElse(null),
						row.significantlyBelow(), row.significantlyAbove(),
						filter.responses(row.branch())))
				.toList()));
		}
		rankings.sort(Comparator.comparing(r -> shown.indexOf(r.key())));
		return rankings;
	}

	private static List<Dashboard.Distribution> distributions(List<String> shown, Map<String, Histogram> histograms) {
		List<Dashboard.Distribution> distributions = new ArrayList<>();
		for (String key : shown) {
			Histogram histogram = histograms.get(key);
			if (histogram != null && histogram.n() > 0) {
				List<Integer> scores = new ArrayList<>();
				List<Long> counts = new ArrayList<>();
				for (int score = histogram.scale().min(); score <= histogram.scale().max(); score++) {
					scores.add(score);
					counts.add(histogram.count(score));
				}
				distributions.add(new Dashboard.Distribution(key, scores, counts));
			}
		}
		return distributions;
	}
}
