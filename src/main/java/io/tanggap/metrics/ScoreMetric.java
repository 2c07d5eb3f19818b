package io.tanggap.metrics;

/** A definition computed from the histogram of a score question's answers. */
public interface ScoreMetric extends MetricDefinition {

	/** Figures of fewer answers than this are flagged as low n unless a definition says otherwise. */
	int DEFAULT_LOW_N_BELOW = 30;

	/** @return the scale the answers must be on */
	Scale scale();

	/** @throws IllegalArgumentException for a histogram of another scale */
	Figure measure(Histogram answers);

	default void requireScale(Histogram answers) {
		if (!answers.scale().equals(scale())) {
			throw new IllegalArgumentException(key() + " measures answers on " + scale() + ", not " + answers.scale());
		}
	}
}
