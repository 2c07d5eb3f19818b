package io.tanggap.metrics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.tanggap.feedback.ExportSheet;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Tema page's figures as a file, one row per theme: its mentions and share of the comments read
 * with the 95 % interval, the change from the previous period, the sentiment of the mentions, and for
 * each score figure the responses with the theme against those without, their difference with its
 * interval and p-values (as tested, and Holm-adjusted across the themes).
 */
final class ThemeReportFile {

	private ThemeReportFile() {
	}

	static void write(ThemeFigures.Report report, boolean xlsx, HttpServletResponse response) throws IOException {
		response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"tema-" + report.period().from() + "-"
				+ report.period().to() + (xlsx ? ".xlsx" : ".csv") + "\"");
		try (ExportSheet sheet = xlsx ? ExportSheet.xlsx(response.getOutputStream(), "Tema")
				: ExportSheet.csv(response.getOutputStream())) {
			List<Object> header = new ArrayList<>(List.of("theme", "name_id", "name_en", "mentions", "comments", "share",
					"share_low", "share_high", "share_low_n", "previous_mentions", "previous_comments", "share_change",
					"share_change_p", "share_change_p_holm", "share_change_significant", "positive", "neutral", "negative"));
			for (String key : report.figures()) {
				for (String column : List.of("with", "with_n", "without", "without_n", "difference", "difference_low",
						"difference_high", "p", "p_holm", "significant")) {
					header.add(key + "_" + column);
				}
			}
			sheet.row(header);
			for (ThemeFigures.Line line : report.themes()) {
				sheet.row(row(report, line));
			}
		}
	}

	private static List<Object> row(ThemeFigures.Report report, ThemeFigures.Line line) {
		List<Object> cells = new ArrayList<>(List.of(line.key(), line.nameId(), line.nameEn(), line.mentions(),
				report.comments()));
		Unit percent = Unit.PERCENT;
		line.share().estimate().ifPresentOrElse(e -> cells.addAll(List.of(number(percent, e.value()),
				number(percent, e.low()), number(percent, e.high()))), () -> cells.addAll(List.of("", "", "")));
		cells.add(String.valueOf(line.share().lowN()));
		cells.add(line.previousMentions());
		cells.add(report.previousComments());
		line.change().ifPresentOrElse(c -> cells.addAll(List.of(number(percent, c.difference()), p(c.pValue()),
				p(line.changeAdjustedP()), String.valueOf(line.significantChange()))),
				() -> cells.addAll(List.of("", "", "", "false")));
		line.sentiments().values().forEach(cells::add);
		for (ThemeFigures.Impact impact : line.impacts()) {
			Unit unit = impact.with().unit();
			cells.add(impact.with().estimate().<Object>map(e -> number(unit, e.value())).orElse(""));
			cells.add(impact.with().n());
			cells.add(impact.without().estimate().<Object>map(e -> number(unit, e.value())).orElse(""));
			cells.add(impact.without().n());
			impact.difference().ifPresentOrElse(c -> cells.addAll(List.of(number(unit, c.difference()),
					bound(unit, c.low()), bound(unit, c.high()), p(c.pValue()), p(impact.adjustedP()),
					String.valueOf(impact.significant()))), () -> cells.addAll(List.of("", "", "", "", "", "false")));
		}
		return cells;
	}

	/** Numbers are written as numbers (a text starting with "-" would be guarded against formulas). */
	private static java.math.BigDecimal number(Unit unit, double value) {
		return new java.math.BigDecimal(unit.format(value));
	}

	private static Object bound(Unit unit, double value) {
		return Double.isFinite(value) ? number(unit, value) : "";
	}

	private static java.math.BigDecimal p(double p) {
		return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.6f", p));
	}
}
