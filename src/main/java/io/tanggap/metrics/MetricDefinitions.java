package io.tanggap.metrics;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The definitions registry: every {@link MetricDefinition} by its key. {@link #standard()} holds
 * the defaults; {@link #with} adds a definition or replaces one of the same key (e.g. a CSAT
 * top-2-box that counts other values). Immutable.
 */
public final class MetricDefinitions {

	private final Map<String, MetricDefinition> byKey;

	private MetricDefinitions(Map<String, MetricDefinition> byKey) {
		this.byKey = Collections.unmodifiableMap(byKey);
	}

	/**
	 * {@code nps}; {@code csat5_top2}, {@code csat5_top_box}, the same for csat7 and csat10, and
	 * {@code csat_yes}; {@code ces7_mean} and {@code ces7_agree}; {@code rating5_mean},
	 * {@code rating7_mean} and {@code rating10_mean}.
	 */
	public static MetricDefinitions standard() {
		MetricDefinitions definitions = new MetricDefinitions(new LinkedHashMap<>()).with(new NetPromoterScore());
		for (Scale scale : new Scale[] { Scale.ONE_TO_FIVE, Scale.ONE_TO_SEVEN, Scale.ONE_TO_TEN }) {
			definitions = definitions.with(ShareOfScores.csatTopTwoBox(scale)).with(ShareOfScores.csatTopBox(scale));
		}
		definitions = definitions.with(ShareOfScores.shareOfYes()).with(MeanScore.cesMean())
			.with(ShareOfScores.cesAgreeing());
		for (Scale scale : new Scale[] { Scale.ONE_TO_FIVE, Scale.ONE_TO_SEVEN, Scale.ONE_TO_TEN }) {
			definitions = definitions.with(MeanScore.rating(scale));
		}
		return definitions;
	}

	/** @return a registry with this definition added, or replacing the one of the same key */
	public MetricDefinitions with(MetricDefinition definition) {
		Map<String, MetricDefinition> more = new LinkedHashMap<>(byKey);
		more.put(definition.key(), definition);
		return new MetricDefinitions(more);
	}

	public Optional<MetricDefinition> find(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	/** @return the definition of this key if it measures score histograms */
	public Optional<ScoreMetric> findScoreMetric(String key) {
		return find(key).filter(ScoreMetric.class::isInstance).map(ScoreMetric.class::cast);
	}

	/** @return every definition, in the order they were added */
	public Collection<MetricDefinition> all() {
		return byKey.values();
	}
}
