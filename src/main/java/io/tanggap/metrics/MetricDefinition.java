package io.tanggap.metrics;

/**
 * How a figure is computed, named in the user's words: the extension point of the definitions
 * registry. Score questions have {@link ScoreMetric}s; time to resolve, churn and customer lifetime
 * value will be further kinds, measured from their own inputs.
 */
public interface MetricDefinition {

	/** @return the definition's key in the registry, e.g. {@code csat5_top2} */
	String key();

	/** @return what the figure means, for people, e.g. "CSAT top-2-box: % answering 4 or 5 of 1–5" */
	String description();
}
