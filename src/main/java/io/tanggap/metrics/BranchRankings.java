package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.metrics.CellTotals.CellQuery;

/**
 * Branches ranked by each figure, each against all other branches together, with the p-values
 * adjusted by Holm's method for making one comparison per branch at once.
 */
@Service
public class BranchRankings {

	/**
	 * A branch's figure and its difference from all other branches together (the rest), with the
	 * p-value adjusted by Holm's method across the branches of the ranking; "below" and "above"
	 * only when the adjusted p-value is under 0.05 and neither figure is low-n.
	 */
	public record BranchRow(UUID branch, String name, Figure figure, Optional<Comparison> versusRest, double adjustedP,
			boolean significantlyBelow, boolean significantlyAbove) {
	}

	/** The branches ranked by one figure, best first; branches without answers last. */
	public record BranchRanking(String key, String description, List<BranchRow> rows) {

		/** How the p-values of the ranking were adjusted for making many comparisons at once. */
		public static final String ADJUSTMENT = "holm";
	}

	private final MetricsQuery query;
	private final BranchDirectory branches;
	private final MetricDefinitions definitions = MetricDefinitions.standard();

	BranchRankings(MetricsQuery query, BranchDirectory branches) {
		this.query = query;
		this.branches = branches;
	}

	/**
	 * @return for each figure with answers in the period: the branches ranked by it, each against
	 * the rest of the branches (the segment's branch, if any, is ignored)
	 */
	@Transactional(readOnly = true)
	public List<BranchRanking> branches(Actor actor, Period period, Segment segment) {
		Segment all = new Segment(segment.survey(), segment.channel(), null, segment.touchpoint());
		query.check(actor, all);
		Map<UUID, Map<String, Histogram>> byBranch = new LinkedHashMap<>();
		Map<UUID, String> names = new LinkedHashMap<>();
		for (var branch : branches.all(actor.workspace())) {
			byBranch.put(branch.id(), new LinkedHashMap<>());
			names.put(branch.id(), branch.name());
		}
		query.totals(actor.workspace(), new CellQuery(period, all, Dimension.BRANCH, null, null)).histograms()
			.forEach((group, histograms) -> {
				Map<String, Histogram> own = byBranch.get(UUID.fromString(group.first()));
				if (own != null) {
					own.putAll(histograms);
				}
			});
		List<BranchRanking> rankings = new ArrayList<>();
		for (MetricDefinition definition : definitions.all()) {
			if (!(definition instanceof ScoreMetric metric)) {
				continue;
			}
			String key = definition.key();
			if (byBranch.values().stream().noneMatch(h -> h.containsKey(key))) {
				continue;
			}
			Histogram total = Histogram.empty(metric.scale());
			for (Map<String, Histogram> h : byBranch.values()) {
				total = total.plus(h.getOrDefault(key, Histogram.empty(metric.scale())));
			}
			List<UUID> ids = new ArrayList<>(byBranch.keySet());
			List<Figure> figures = new ArrayList<>();
			List<Optional<Comparison>> comparisons = new ArrayList<>();
			List<Figure> rests = new ArrayList<>();
			for (UUID id : ids) {
				Histogram own = byBranch.get(id).getOrDefault(key, Histogram.empty(metric.scale()));
				Histogram rest = total.minus(own);
				Figure figure = metric.measure(own);
				Figure restFigure = metric.measure(rest);
				figures.add(figure);
				rests.add(restFigure);
				comparisons.add(Comparison.between(restFigure, figure));
			}
			double[] p = comparisons.stream().mapToDouble(c -> c.map(Comparison::pValue).orElse(1.0)).toArray();
			double[] adjusted = PValues.holm(p);
			List<BranchRow> rows = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				Optional<Comparison> c = comparisons.get(i);
				boolean conclusive = adjusted[i] < 0.05 && c.isPresent() && !figures.get(i).lowN() && !rests.get(i).lowN();
				rows.add(new BranchRow(ids.get(i), names.get(ids.get(i)), figures.get(i), c, adjusted[i],
						conclusive && c.get().difference() < 0, conclusive && c.get().difference() > 0));
			}
			rows.sort(java.util.Comparator.comparing((BranchRow r) -> !r.figure().hasAnswers())
				.thenComparing(r -> -r.figure().estimate().map(Estimate::value).orElse(0.0)));
			rankings.add(new BranchRanking(key, definition.description(), rows));
		}
		return rankings;
	}
}
