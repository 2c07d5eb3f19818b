package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the dashboard's charts as JSON, which the page carries in an attribute and
 * {@code js/charts.js} draws: no second request, and the numbers are those of the tables beside them.
 * Labels stay in the template, in the page's language.
 */
@Component
class DashboardCharts {

	/**
	 * One figure's months. A month without answers is null in every list, so the line has a gap
	 * there instead of falling to zero; an unbounded interval (a mean of one answer) has no band.
	 * @param decimals how many decimals the values are written with
	 */
	record Trend(List<String> months, List<Double> values, List<Double> low, List<Double> high, List<Long> n,
			int decimals) {
	}

	record Bars(List<Integer> scores, List<Long> counts) {
	}

	record Charts(Map<String, Trend> trends, Map<String, Bars> distributions) {
	}

	private final JsonMapper json;

	DashboardCharts(JsonMapper json) {
		this.json = json;
	}

	String json(List<String> shown, List<MetricsQuery.Month> months, List<Dashboard.Distribution> distributions,
			FigureText text) {
		Map<String, Trend> trends = new LinkedHashMap<>();
		for (String key : shown) {
			trends.put(key, trend(key, months, text));
		}
		Map<String, Bars> bars = new LinkedHashMap<>();
		distributions.forEach(d -> bars.put(d.key(), new Bars(d.scores(), d.counts())));
		return json.writeValueAsString(new Charts(trends, bars));
	}

	private static Trend trend(String key, List<MetricsQuery.Month> months, FigureText text) {
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		List<Double> low = new ArrayList<>();
		List<Double> high = new ArrayList<>();
		List<Long> n = new ArrayList<>();
		Unit unit = Unit.POINTS;
		for (MetricsQuery.Month month : months) {
			labels.add(text.month(month.month()));
			Figure figure = month.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
			Estimate estimate = figure == null ? null : figure.estimate().orElse(null);
			if (estimate == null) {
				values.add(null);
				low.add(null);
				high.add(null);
				n.add(0L);
				continue;
			}
			unit = figure.unit();
			boolean bounded = Double.isFinite(estimate.low()) && Double.isFinite(estimate.high());
			values.add(FigureText.rounded(unit, estimate.value()));
			low.add(bounded ? FigureText.rounded(unit, estimate.low()) : null);
			high.add(bounded ? FigureText.rounded(unit, estimate.high()) : null);
			n.add(figure.n());
		}
		return new Trend(labels, values, low, high, n, FigureText.decimals(unit));
	}
}
