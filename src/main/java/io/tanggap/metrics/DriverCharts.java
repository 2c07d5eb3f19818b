package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the performance-vs-importance chart as JSON, which the drivers page carries in an
 * attribute and {@code js/dashboard.js} draws: each driver's importance (its LMG share, as a
 * percentage of R²) and performance (0–100), and the medians of both that divide the chart into
 * quadrants, the one of high importance and low performance being "fix first".
 */
@Component
class DriverCharts {

	record Point(String name, double x, double y, boolean fixFirst) {
	}

	record Scatter(List<Point> points, double medianX, double medianY) {
	}

	record Charts(Scatter drivers) {
	}

	private final JsonMapper json;

	DriverCharts(JsonMapper json) {
		this.json = json;
	}

	/** @param importance per driver, in percent of R²; {@code labels} name the drivers in the same order */
	String json(List<SurveyDrivers.Driver> drivers, List<String> labels, double[] importance) {
		List<Point> points = new ArrayList<>();
		double[] performance = new double[drivers.size()];
		for (int i = 0; i < drivers.size(); i++) {
			SurveyDrivers.Driver driver = drivers.get(i);
			performance[i] = driver.performance();
			points.add(new Point(labels.get(i), FigureText.rounded(Unit.PERCENT, importance[i]),
					FigureText.rounded(Unit.POINTS, driver.performance()), driver.fixFirst()));
		}
		return json.writeValueAsString(new Charts(new Scatter(points, FigureText.rounded(Unit.PERCENT, median(importance)),
				FigureText.rounded(Unit.POINTS, median(performance)))));
	}

	/** The same medians as {@link SurveyDrivers} divides the drivers by. */
	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}
}
