package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.tanggap.identity.Actor;
import io.tanggap.shared.Problem;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;

/**
 * Puts the segments page together from {@link Segments}: the figures by one dimension with their
 * bar charts, and a crosstab of two. Each section that cannot be shown says why, and the other is
 * still shown; so the two are read in transactions of their own (a problem inside a shared one
 * would mark it for rollback).
 */
@Component
class SegmentsPage {

	/** The CSAT figures, one per scale; a table shows those with answers, or else the first. */
	static final List<String> CSAT = List.of("csat5_top2", "csat7_top2", "csat10_top2", "csat_yes");

	/** A choice question of a survey, for the form. */
	record ChoiceQuestion(String id, String text) {
	}

	private final Segments segments;
	private final SurveyQuestions questions;
	private final SegmentCharts charts;
	private final PageProblems problems;
	private final MessageSource messages;
	private final CommentThemes themes;

	SegmentsPage(Segments segments, SurveyQuestions questions, SegmentCharts charts, PageProblems problems,
			MessageSource messages, CommentThemes themes) {
		this.segments = segments;
		this.questions = questions;
		this.charts = charts;
		this.problems = problems;
		this.messages = messages;
		this.themes = themes;
	}

	/** @return the survey's single- and multiple-choice questions; none without a survey */
	List<ChoiceQuestion> choiceQuestions(Actor actor, DashboardFilter filter, Locale locale) {
		if (filter.segment().survey() == null) {
			return List.of();
		}
		return questions.of(actor, filter.segment().survey()).stream().filter(q -> q.type().choice())
			.map(q -> new ChoiceQuestion(q.id(), q.text().in(locale.getLanguage(), "id"))).toList();
	}

	SegmentsView of(Actor actor, DashboardFilter filter, SegmentsChoice choice, Locale locale) {
		FigureText text = new FigureText(locale);
		SegmentsView.Table table = null;
		PageProblems.Said tableProblem = null;
		String json = charts.json(List.of(), List.of());
		try {
			List<Segments.Row> rows = segments.by(actor, filter.period(), filter.segment(), choice.by(), choice.question());
			Optional<Question> asked = question(actor, filter, choice);
			SegmentNames names = new SegmentNames(messages, locale, choice.by() == Dimension.THEME
					? themes.names(actor.workspace(), locale.getLanguage()) : choiceLabels(asked, locale));
			rows = new ArrayList<>(rows);
			rows.sort(lineOrder(choice.by(), names));
			List<String> columns = columns(rows.stream().flatMap(r -> r.figures().stream()).map(Figure::key).toList());
			table = table(filter, choice, rows, columns, names, text, asked, locale);
			json = charts.json(columns, rows.stream()
				.map(row -> new SegmentCharts.Named(names.of(choice.by(), row.key(), row.label()), row.figures())).toList());
		}
		catch (Problem problem) {
			tableProblem = problems.said(problem, locale);
		}
		SegmentsView.Crosstab crosstab = null;
		PageProblems.Said crosstabProblem = null;
		try {
			crosstab = crosstab(actor, filter, choice, new SegmentNames(messages, locale, Map.of()), text);
		}
		catch (Problem problem) {
			crosstabProblem = problems.said(problem, locale);
		}
		return new SegmentsView(text.period(filter.period()), table, tableProblem, crosstab, crosstabProblem, json,
				filter.segment().touchpoint() != null, filter.responses());
	}

	private static SegmentsView.Table table(DashboardFilter filter, SegmentsChoice choice, List<Segments.Row> rows,
			List<String> columns, SegmentNames names, FigureText text, Optional<Question> asked, Locale locale) {
		List<SegmentsView.Line> lines = new ArrayList<>();
		for (Segments.Row row : rows) {
			List<Dashboard.Numbers> cells = columns.stream().map(key -> row.figures().stream()
				.filter(f -> f.key().equals(key)).findFirst().map(f -> Dashboard.Numbers.of(f, text))
				.orElse(Dashboard.Numbers.NONE)).toList();
			String responses = SegmentNames.responses(filter, choice.by(), row.key());
			lines.add(new SegmentsView.Line(names.of(choice.by(), row.key(), row.label()), cells, answered(row), responses));
		}
		List<String> charted = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			int column = i;
			if (lines.stream().anyMatch(line -> line.cells().get(column).hasAnswers())) {
				charted.add(columns.get(i));
			}
		}
		return new SegmentsView.Table(SegmentsChoice.code(choice.by()),
				asked.map(q -> q.text().in(locale.getLanguage(), "id")).orElse(null), columns, lines,
				asked.filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE).isPresent() || choice.by() == Dimension.THEME
						|| choice.by() == Dimension.SENTIMENT, SegmentNames.linked(choice.by()),
				charted);
	}

	private SegmentsView.Crosstab crosstab(Actor actor, DashboardFilter filter, SegmentsChoice choice, SegmentNames names,
			FigureText text) {
		Dimension rows = choice.rows();
		Dimension columns = choice.columns();
		List<Segments.Cell> cells = segments.crosstab(actor, filter.period(), filter.segment(), rows, columns);
		String key = figure(choice.figure(), cells);
		Map<String, String> rowNames = new LinkedHashMap<>();
		Map<String, String> columnNames = new LinkedHashMap<>();
		Map<List<String>, Figure> figures = new LinkedHashMap<>();
		for (Segments.Cell cell : cells) {
			rowNames.put(cell.row(), names.of(rows, cell.row(), cell.rowLabel()));
			columnNames.put(cell.column(), names.of(columns, cell.column(), cell.columnLabel()));
			cell.figures().stream().filter(f -> f.key().equals(key)).findFirst()
				.ifPresent(f -> figures.put(List.of(cell.row(), cell.column()), f));
		}
		List<String> rowKeys = sorted(rowNames, rows, names);
		List<String> columnKeys = sorted(columnNames, columns, names);
		List<SegmentsView.CrossRow> lines = new ArrayList<>();
		for (String row : rowKeys) {
			List<SegmentsView.Cell> line = new ArrayList<>();
			for (String column : columnKeys) {
				Figure figure = figures.get(List.of(row, column));
				String responses = figure == null ? null : SegmentNames.narrowed(filter.segment(), rows, row)
					.flatMap(segment -> SegmentNames.narrowed(segment, columns, column))
					.map(segment -> new DashboardFilter(filter.period(), segment).responses()).orElse(null);
				line.add(new SegmentsView.Cell(figure == null ? Dashboard.Numbers.NONE : Dashboard.Numbers.of(figure, text),
						responses));
			}
			lines.add(new SegmentsView.CrossRow(rowNames.get(row), line));
		}
		return new SegmentsView.Crosstab(key, SegmentsChoice.code(rows), SegmentsChoice.code(columns),
				columnKeys.stream().map(columnNames::get).toList(), lines);
	}

	/** @return NPS, each CSAT scale with answers (or the first, to say it has none) and CES */
	static List<String> columns(List<String> answered) {
		List<String> columns = new ArrayList<>(List.of("nps"));
		List<String> csat = CSAT.stream().filter(answered::contains).toList();
		columns.addAll(csat.isEmpty() ? CSAT.subList(0, 1) : csat);
		columns.add("ces7_mean");
		return columns;
	}

	/** @return the figure key of {@code nps}, {@code ces}, or {@code csat} on the scale with most answers */
	private static String figure(String kind, List<Segments.Cell> cells) {
		return switch (kind) {
			case "nps" -> "nps";
			case "ces" -> "ces7_mean";
			default -> CSAT.stream().max(Comparator.comparingLong(key -> cells.stream()
				.flatMap(c -> c.figures().stream()).filter(f -> f.key().equals(key)).mapToLong(Figure::n).sum()))
				.orElseThrow();
		};
	}

	/** Segments with answers first; touchpoints, which come in no order of their own, by name. */
	private static Comparator<Segments.Row> lineOrder(Dimension by, SegmentNames names) {
		Comparator<Segments.Row> order = Comparator.comparing(row -> !answered(row));
		order = order.thenComparing(row -> SegmentNames.none(by, row.key()));
		if (by == Dimension.TOUCHPOINT) {
			order = order.thenComparing(names.order(by, Segments.Row::key, row -> names.of(by, row.key(), row.label())));
		}
		return order;
	}

	private static List<String> sorted(Map<String, String> named, Dimension dimension, SegmentNames names) {
		List<String> keys = new ArrayList<>(named.keySet());
		keys.sort(names.order(dimension, key -> key, named::get));
		return keys;
	}

	private static boolean answered(Segments.Row row) {
		return row.figures().stream().anyMatch(Figure::hasAnswers);
	}

	private static Map<String, String> choiceLabels(Optional<Question> asked, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		asked.ifPresent(q -> q.choices().forEach(c -> labels.put(c.id(), c.label().in(locale.getLanguage(), "id"))));
		return labels;
	}

	/** Called after {@link Segments#by} accepted the question, so it is there. */
	private Optional<Question> question(Actor actor, DashboardFilter filter, SegmentsChoice choice) {
		if (choice.by() != Dimension.QUESTION) {
			return Optional.empty();
		}
		return questions.of(actor, filter.segment().survey()).stream()
			.filter(q -> Objects.equals(q.id(), choice.question())).findFirst();
	}
}
