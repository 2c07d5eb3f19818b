package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the segments page's bar charts as JSON, which the page carries in an attribute and
 * {@code js/dashboard.js} draws: per figure, the segments with answers and their values with the
 * 95 % interval, rounded as the table writes them.
 */
@Component
class SegmentCharts {

	/** A segment's name and figures. */
	record Named(String name, List<Figure> figures) {
	}

	/**
	 * One figure's bars, one per segment with answers, in the table's order. An unbounded interval
	 * (a mean of one answer) has null bounds and no whisker.
	 * @param lowN per bar: whether it counts too few answers, so it is drawn grey
	 */
	record Bars(List<String> segments, List<Double> values, List<Double> low, List<Double> high, List<Long> n,
			List<Boolean> lowN, int decimals) {
	}

	record Charts(Map<String, Bars> segments) {
	}

	private final JsonMapper json;

	SegmentCharts(JsonMapper json) {
		this.json = json;
	}

	/** @param keys the figures to chart; one without answers in any segment gets no chart */
	String json(List<String> keys, List<Named> segments) {
		Map<String, Bars> bars = new LinkedHashMap<>();
		for (String key : keys) {
			Bars b = new Bars(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
					new ArrayList<>(), 1);
			Unit unit = Unit.POINTS;
			for (Named segment : segments) {
				for (Figure figure : segment.figures()) {
					if (!figure.key().equals(key) || figure.estimate().isEmpty()) {
						continue;
					}
					Estimate e = figure.estimate().get();
					unit = figure.unit();
					boolean bounded = Double.isFinite(e.low()) && Double.isFinite(e.high());
					b.segments().add(segment.name());
					b.values().add(FigureText.rounded(unit, e.value()));
					b.low().add(bounded ? FigureText.rounded(unit, e.low()) : null);
					b.high().add(bounded ? FigureText.rounded(unit, e.high()) : null);
					b.n().add(figure.n());
					b.lowN().add(figure.lowN());
				}
			}
			if (!b.segments().isEmpty()) {
				bars.put(key, new Bars(b.segments(), b.values(), b.low(), b.high(), b.n(), b.lowN(), FigureText.decimals(unit)));
			}
		}
		return json.writeValueAsString(new Charts(bars));
	}
}
