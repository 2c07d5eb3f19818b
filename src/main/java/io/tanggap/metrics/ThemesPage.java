package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.tanggap.identity.Actor;

/**
 * Puts the Tema page together from {@link ThemeFigures}: the themes' mentions and their impact on the
 * scores, and the data of its bar charts (the share of comments per theme, and per score figure the
 * difference the theme makes, each with its 95 % interval).
 */
@Component
class ThemesPage {

	static final String DIFFERENCE = "_difference";

	private final ThemeFigures figures;
	private final SegmentCharts charts;

	ThemesPage(ThemeFigures figures, SegmentCharts charts) {
		this.figures = figures;
		this.charts = charts;
	}

	ThemesView of(Actor actor, DashboardFilter filter, Locale locale) {
		ThemeFigures.Report report = figures.measure(actor, filter.period(), filter.segment());
		FigureText text = new FigureText(locale);
		String language = locale.getLanguage();
		List<ThemesView.Theme> themes = new ArrayList<>();
		List<SegmentCharts.Named> charted = new ArrayList<>();
		for (ThemeFigures.Line line : report.themes()) {
			List<ThemesView.Sentiment> sentiments = new ArrayList<>();
			line.sentiments().forEach((sentiment, count) -> sentiments.add(new ThemesView.Sentiment(sentiment, count,
					line.mentions() == 0 ? null : text.value(Unit.PERCENT, 100.0 * count / line.mentions()),
					filter.responses("theme", line.key(), "sentiment", sentiment))));
			themes.add(new ThemesView.Theme(line.key(), line.name(language), line.mentions(),
					Dashboard.Numbers.of(line.share(), text),
					line.change().map(c -> text.difference(Unit.PERCENT, c.difference())).orElse(null),
					line.change().map(c -> p(line.changeAdjustedP(), locale)).orElse(null), line.significantChange(),
					line.previousMentions(), sentiments, filter.responses("theme", line.key())));
			List<Figure> bars = new ArrayList<>(List.of(line.share()));
			line.impacts().forEach(impact -> difference(impact).ifPresent(bars::add));
			charted.add(new SegmentCharts.Named(line.name(language), bars));
		}
		List<ThemesView.ImpactTable> impacts = new ArrayList<>();
		List<String> keys = new ArrayList<>(List.of(ThemeFigures.SHARE.key()));
		for (int f = 0; f < report.figures().size(); f++) {
			String key = report.figures().get(f);
			keys.add(key + DIFFERENCE);
			List<ThemesView.Impact> rows = new ArrayList<>();
			for (ThemeFigures.Line line : report.themes()) {
				ThemeFigures.Impact impact = line.impacts().get(f);
				Optional<Comparison> d = impact.difference();
				Unit unit = impact.with().unit();
				rows.add(new ThemesView.Impact(line.name(language), Dashboard.Numbers.of(impact.with(), text),
						Dashboard.Numbers.of(impact.without(), text),
						d.map(c -> text.difference(unit, c.difference())).orElse(null),
						d.map(c -> text.bound(unit, c.low())).orElse(null), d.map(c -> text.bound(unit, c.high())).orElse(null),
						d.map(c -> p(impact.adjustedP(), locale)).orElse(null), impact.significant(),
						filter.responses("theme", line.key())));
			}
			impacts.add(new ThemesView.ImpactTable(key, rows));
		}
		return new ThemesView(text.period(report.period()), text.period(report.previous()), report.comments(),
				report.previousComments(), themes, impacts, charts.json(keys, charted), filter.segment().touchpoint() != null,
				csv(filter));
	}

	/** @return the address of the same figures as CSV: the period as days, and the segment */
	private static String csv(DashboardFilter filter) {
		var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/dashboard/themes.csv")
			.queryParam("period", "custom").queryParam("from", filter.period().from()).queryParam("to", filter.period().to());
		Segment s = filter.segment();
		if (s.survey() != null) {
			uri.queryParam("survey", s.survey());
		}
		if (s.branch() != null) {
			uri.queryParam("branch", s.branch());
		}
		if (s.channel() != null) {
			uri.queryParam("channel", s.channel().name());
		}
		if (s.touchpoint() != null) {
			uri.queryParam("touchpoint", s.touchpoint());
		}
		return uri.encode().build().toUriString();
	}

	/** @return the difference a theme makes to a figure as a figure of its own, for the chart; grey when either side is low-n */
	private static Optional<Figure> difference(ThemeFigures.Impact impact) {
		return impact.difference().map(c -> new Figure(impact.key() + DIFFERENCE, "difference", c.unit(),
				impact.with().n(), Optional.of(new Estimate(c.difference(), c.standardError(), c.low(), c.high())),
				impact.with().lowN() || impact.without().lowN()));
	}

	/** @return e.g. {@code 0,012}, or {@code < 0,001}, in the page's language */
	static String p(double p, Locale locale) {
		return p < 0.001 ? "< " + String.format(locale, "%.3f", 0.001) : String.format(locale, "%.3f", p);
	}
}
