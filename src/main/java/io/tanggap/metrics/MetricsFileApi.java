package io.tanggap.metrics;

import static io.tanggap.metrics.MetricsRequests.dimension;
import static io.tanggap.metrics.MetricsRequests.known;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.feedback.Channel;
import io.tanggap.feedback.ExportSheet;
import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The metrics API's figures as files: the monthly table and figures by segment, as CSV or XLSX,
 * one row per figure with its definition, value, n, 95 % interval and low-n flag.
 */
@RestController
class MetricsFileApi {

	private final Segments segments;
	private final MetricsRequests requests;

	MetricsFileApi(Segments segments, MetricsRequests requests) {
		this.segments = segments;
		this.requests = requests;
	}

	/** The monthly table as CSV or XLSX: one row per month and figure, with n and the 95 % interval. */
	@GetMapping({ "/api/v1/metrics/monthly.csv", "/api/v1/metrics/monthly.xlsx" })
	void monthlyFile(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		known(request, "from", "to", "survey", "channel", "branch", "touchpoint");
		Actor actor = Actors.require();
		List<MetricsQuery.Month> months = requests.months(actor, from, to, new Segment(survey, channel, branch, touchpoint));
		try (ExportSheet sheet = sheet(request, response, "metrics-monthly")) {
			sheet.row(List.of("month", "figure", "definition", "value", "n", "ci95_low", "ci95_high", "low_n"));
			for (MetricsQuery.Month month : months) {
				for (Figure figure : month.figures()) {
					sheet.row(figureRow(List.of(month.month().toString()), figure));
				}
			}
		}
	}

	/** Figures by segment as CSV or XLSX: one row per segment and figure. */
	@GetMapping({ "/api/v1/metrics/segments.csv", "/api/v1/metrics/segments.xlsx" })
	void segmentsFile(@RequestParam String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID survey, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint,
			@RequestParam(required = false) String question, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		known(request, "by", "from", "to", "survey", "channel", "branch", "touchpoint", "question");
		Actor actor = Actors.require();
		List<Segments.Row> rows = segments.by(actor, requests.period(actor, from, to),
				new Segment(survey, channel, branch, touchpoint),
				dimension(by), question);
		try (ExportSheet sheet = sheet(request, response, "metrics-segments")) {
			sheet.row(List.of("segment", "label", "figure", "definition", "value", "n", "ci95_low", "ci95_high", "low_n"));
			for (Segments.Row row : rows) {
				for (Figure figure : row.figures()) {
					sheet.row(figureRow(java.util.Arrays.asList(row.key(), row.label()), figure));
				}
			}
		}
	}

	/** Checks come first: a problem is answered as a problem, not as half a file. */
	private static ExportSheet sheet(HttpServletRequest request, HttpServletResponse response, String name)
			throws IOException {
		boolean xlsx = request.getRequestURI().endsWith(".xlsx");
		response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"");
		return xlsx ? ExportSheet.xlsx(response.getOutputStream(), name) : ExportSheet.csv(response.getOutputStream());
	}

	/**
	 * The first cells, then the figure's key, definition, value, n, interval (rounded as its unit is
	 * written) and low-n flag.
	 */
	private static List<Object> figureRow(List<String> first, Figure figure) {
		List<Object> cells = new java.util.ArrayList<>(first);
		var e = figure.estimate();
		cells.add(figure.key());
		cells.add(figure.description());
		cells.add(e.map(v -> rounded(figure.unit(), v.value())).orElse(null));
		cells.add(figure.n());
		cells.add(e.filter(v -> Double.isFinite(v.low())).map(v -> rounded(figure.unit(), v.low())).orElse(null));
		cells.add(e.filter(v -> Double.isFinite(v.high())).map(v -> rounded(figure.unit(), v.high())).orElse(null));
		cells.add(String.valueOf(figure.lowN()));
		return cells;
	}

	private static Double rounded(Unit unit, double value) {
		return Double.valueOf(unit.format(value));
	}
}
