package io.tanggap.metrics;

import static io.tanggap.metrics.MetricsRequests.known;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.feedback.Channel;
import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /api/v1/metrics/themes}: what the comments of a period say theme by theme, as JSON, CSV or
 * XLSX (see {@link ThemeFigures}). Without a period: this month to date.
 */
@RestController
class ThemeFiguresApi {

	/**
	 * A difference between two figures, with its p-value as tested and as adjusted (Holm) across the
	 * themes; {@code significant} only when the adjusted p-value is below 0.05 and neither figure is low-n.
	 */
	record Difference(double difference, Double standardError, double low, double high, double pValue,
			double adjustedP, boolean significant) {
	}

	/** A score figure of the responses whose comments mention the theme, against those with comments that do not. */
	record ImpactView(String figure, MetricsApi.FigureView with, MetricsApi.FigureView without, Difference difference) {
	}

	/**
	 * @param share the share of the comments read that mention the theme, in %
	 * @param shareChange the share's change from the previous period, in percentage points
	 * @param sentiments of the mentions: positive, neutral, negative
	 */
	record ThemeView(String key, String nameId, String nameEn, long mentions, MetricsApi.FigureView share,
			long previousMentions, Difference shareChange, Map<String, Long> sentiments, List<ImpactView> impacts) {
	}

	record ReportView(Period period, Period previous, Segment segment, long comments, long previousComments,
			List<ThemeView> themes) {
	}

	private static final List<String> PARAMETERS = List.of("from", "to", "survey", "channel", "branch", "touchpoint");

	private final ThemeFigures figures;
	private final MetricsRequests requests;

	ThemeFiguresApi(ThemeFigures figures, MetricsRequests requests) {
		this.figures = figures;
		this.requests = requests;
	}

	@GetMapping("/api/v1/metrics/themes")
	ReportView themes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			HttpServletRequest request) {
		known(request, PARAMETERS.toArray(String[]::new));
		Actor actor = Actors.require();
		return view(figures.measure(actor, requests.period(actor, from, to), new Segment(survey, channel, branch, touchpoint)));
	}

	@GetMapping({ "/api/v1/metrics/themes.csv", "/api/v1/metrics/themes.xlsx" })
	void themesFile(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		known(request, PARAMETERS.toArray(String[]::new));
		Actor actor = Actors.require();
		ThemeFigures.Report report = figures.measure(actor, requests.period(actor, from, to),
				new Segment(survey, channel, branch, touchpoint));
		ThemeReportFile.write(report, request.getRequestURI().endsWith(".xlsx"), response);
	}

	static ReportView view(ThemeFigures.Report report) {
		return new ReportView(report.period(), report.previous(), report.segment(), report.comments(),
				report.previousComments(), report.themes().stream().map(line -> new ThemeView(line.key(), line.nameId(),
						line.nameEn(), line.mentions(), MetricsApi.FigureView.of(line.share(), null), line.previousMentions(),
						line.change().map(c -> difference(c, line.changeAdjustedP(), line.significantChange())).orElse(null),
						line.sentiments(), line.impacts().stream().map(i -> new ImpactView(i.key(),
								MetricsApi.FigureView.of(i.with(), null), MetricsApi.FigureView.of(i.without(), null),
								i.difference().map(c -> difference(c, i.adjustedP(), i.significant())).orElse(null)))
							.toList()))
					.toList());
	}

	private static Difference difference(Comparison c, double adjustedP, boolean significant) {
		return new Difference(c.difference(), Double.isFinite(c.standardError()) ? c.standardError() : null, c.low(),
				c.high(), c.pValue(), adjustedP, significant);
	}
}
