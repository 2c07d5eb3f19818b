package io.tanggap.metrics;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.feedback.CommentReadings;
import io.tanggap.identity.Actor;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;

/**
 * What the comments of a period say, theme by theme (the Tema page, {@code /api/v1/metrics/themes}):
 * how many comments mention each theme and what share of the comments read that is, its change from
 * the previous period, the sentiment of what is said about it, and how much it moves the scores: each
 * figure (NPS, CSAT, CES) of the responses whose comments mention the theme against the responses
 * with a comment read that do not. Shares and differences are tested as everywhere else
 * ({@link Comparison}: the unequal-variance, Welch, standard error and the normal distribution; shares
 * by Agresti and Caffo); as every theme is tested at once, the p-values are adjusted by Holm's method
 * across the themes, and "significant" needs an adjusted p below 0.05 and neither figure low-n.
 * Mentions count comments; the score figures count responses (a response whose two comments mention
 * a theme counts once).
 */
@Service
class ThemeFigures {

	/** The share of the comments read that mention a theme, with Wilson's interval; low-n below 30 comments. */
	static final ShareOfScores SHARE = new ShareOfScores("theme_share",
			"Share of the comments read that mention the theme, in %", Scale.YES_NO, Set.of(1),
			ScoreMetric.DEFAULT_LOW_N_BELOW);

	/** One figure of the responses that mention a theme against those that do not. */
	record Impact(String key, Figure with, Figure without, Optional<Comparison> difference, double adjustedP) {

		boolean significant() {
			return difference.isPresent() && adjustedP < 0.05 && !with.lowN() && !without.lowN();
		}
	}

	/**
	 * One theme.
	 * @param sentiments how many of its mentions were positive, neutral, negative (in that order)
	 * @param change the share's change from the previous period; empty when either had no comments
	 */
	record Line(String key, String nameId, String nameEn, long mentions, Figure share, long previousMentions,
			Figure previousShare, Optional<Comparison> change, double changeAdjustedP, Map<String, Long> sentiments,
			List<Impact> impacts) {

		boolean significantChange() {
			return change.isPresent() && changeAdjustedP < 0.05 && !share.lowN() && !previousShare.lowN();
		}

		String name(String language) {
			return "en".equals(language) ? nameEn : nameId;
		}
	}

	/** @param figures the keys of the score figures compared, those with answers among the comments read */
	record Report(Period period, Period previous, Segment segment, long comments, long previousComments,
			List<String> figures, List<Line> themes) {
	}

	private final MetricsQuery query;
	private final Segments segments;
	private final ThemeCounts counts;
	private final CommentThemes themes;
	private final WorkspaceSetup workspaces;

	ThemeFigures(MetricsQuery query, Segments segments, ThemeCounts counts, CommentThemes themes,
			WorkspaceSetup workspaces) {
		this.query = query;
		this.segments = segments;
		this.counts = counts;
		this.themes = themes;
		this.workspaces = workspaces;
	}

	/** One snapshot of the database, so that a theme's responses are always among those with comments. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Report measure(Actor actor, Period period, Segment segment) {
		query.check(actor, segment);
		ZoneId zone = workspaces.find(actor.workspace()).map(Workspace::timeZone).orElse(Workspace.DEFAULT_TIME_ZONE);
		ThemeCounts.Counts now = counts.count(actor.workspace(), zone, period, segment);
		ThemeCounts.Counts before = counts.count(actor.workspace(), zone, period.previous(), segment);
		Map<String, Map<String, Histogram>> byTheme = new LinkedHashMap<>();
		segments.scanned(actor, period, segment, AnswerScan.Grouping.THEME, Map.of())
			.forEach((group, histograms) -> byTheme.put(group.first(), histograms));
		Map<String, Histogram> commented = segments.scanned(actor, period, segment, AnswerScan.Grouping.COMMENTED, Map.of())
			.getOrDefault(new CellTotals.Group("", null, null), Map.of());
		List<String> figures = SegmentsPage.columns(List.copyOf(commented.keySet())).stream()
			.filter(commented::containsKey).toList();
		List<CommentReadings.ThemeName> named = themes.themes(actor.workspace());
		List<Line> lines = new ArrayList<>();
		for (CommentReadings.ThemeName theme : named) {
			Figure share = share(now, theme.key());
			Figure previousShare = share(before, theme.key());
			Map<String, Long> sentiments = new LinkedHashMap<>();
			CommentReadings.SENTIMENTS.forEach(s -> sentiments.put(s, now.mentions().getOrDefault(theme.key(), Map.of())
				.getOrDefault(s, 0L)));
			lines.add(new Line(theme.key(), theme.nameId(), theme.nameEn(), now.mentions(theme.key()), share,
					before.mentions(theme.key()), previousShare, Comparison.between(previousShare, share), 1, sentiments,
					impacts(figures, byTheme.getOrDefault(theme.key(), Map.of()), commented)));
		}
		lines = adjusted(lines, figures);
		lines.sort(Comparator.comparingLong(Line::mentions).reversed());
		return new Report(period, period.previous(), segment, now.comments(), before.comments(), figures, lines);
	}

	private static Figure share(ThemeCounts.Counts counts, String theme) {
		long mentions = counts.mentions(theme);
		return SHARE.measure(Histogram.ofCounts(Scale.YES_NO, Math.max(0, counts.comments() - mentions), mentions));
	}

	private List<Impact> impacts(List<String> figures, Map<String, Histogram> with, Map<String, Histogram> commented) {
		List<Impact> impacts = new ArrayList<>();
		for (String key : figures) {
			Histogram all = commented.get(key);
			Histogram own = with.getOrDefault(key, Histogram.empty(all.scale()));
			Map<String, Figure> mentioning = query.figures(Map.of(key, own));
			Map<String, Figure> others = query.figures(Map.of(key, all.minus(own)));
			Figure a = mentioning.get(key);
			Figure b = others.get(key);
			impacts.add(new Impact(key, a, b, Comparison.between(b, a), 1));
		}
		return impacts;
	}

	/** @return the lines with Holm-adjusted p-values: of the share changes, and of each figure's differences */
	private static List<Line> adjusted(List<Line> lines, List<String> figures) {
		double[] changes = PValues.holm(lines.stream().mapToDouble(l -> l.change().map(Comparison::pValue).orElse(1.0)).toArray());
		List<double[]> impacts = new ArrayList<>();
		for (int f = 0; f < figures.size(); f++) {
			int figure = f;
			impacts.add(PValues.holm(lines.stream()
				.mapToDouble(l -> l.impacts().get(figure).difference().map(Comparison::pValue).orElse(1.0)).toArray()));
		}
		List<Line> adjusted = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Line l = lines.get(i);
			List<Impact> own = new ArrayList<>();
			for (int f = 0; f < figures.size(); f++) {
				Impact impact = l.impacts().get(f);
				own.add(new Impact(impact.key(), impact.with(), impact.without(), impact.difference(), impacts.get(f)[i]));
			}
			adjusted.add(new Line(l.key(), l.nameId(), l.nameEn(), l.mentions(), l.share(), l.previousMentions(),
					l.previousShare(), l.change(), changes[i], l.sentiments(), own));
		}
		return adjusted;
	}
}
