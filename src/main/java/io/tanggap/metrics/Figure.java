package io.tanggap.metrics;

import java.util.Optional;

/**
 * One measured figure: which definition made it (key and human description, so the definition
 * travels with the number), how many answers it counts, and its estimate. With no answers there is
 * no estimate: the figure says "no answers" instead of showing NaN.
 *
 * @param lowN whether n is below the definition's low-n threshold, so the figure is shown with a warning
 */
public record Figure(String key, String description, Unit unit, long n, Optional<Estimate> estimate, boolean lowN) {

	static Figure of(MetricDefinition definition, Unit unit, long n, Estimate estimate, int lowNBelow) {
		return new Figure(definition.key(), definition.description(), unit, n, Optional.of(estimate), n < lowNBelow);
	}

	static Figure noAnswers(MetricDefinition definition, Unit unit) {
		return new Figure(definition.key(), definition.description(), unit, 0, Optional.empty(), true);
	}

	public boolean hasAnswers() {
		return estimate.isPresent();
	}

	/** @return e.g. {@code 30.00 n=50 ci95=8.35..51.65}, or {@code no-answers n=0} */
	public String summary() {
		return estimate.map(e -> unit.format(e.value()) + " n=" + n + " ci95=" + unit.format(e.low()) + ".."
				+ unit.format(e.high())).orElse("no-answers n=0");
	}
}
