package io.tanggap.metrics;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.metrics.CellTotals.CellQuery;
import io.tanggap.identity.Branch;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.Problem;
import io.tanggap.survey.Question;
import io.tanggap.survey.SurveyManagement;

/**
 * Figures by segment: one row per branch, channel, touchpoint or survey (from the rollups), or per
 * answer to a choice question of one survey (from the raw answers: the scan path); and crosstabs of
 * two standard dimensions. A segment that exists but has no answers is listed with no figures.
 */
@Service
public class Segments {

	/** One segment: its key (an id, a channel, a touchpoint or a choice id; "" for none) and figures. */
	public record Row(String key, String label, List<Figure> figures) {
	}

	/** One cell of a crosstab. */
	public record Cell(String row, String rowLabel, String column, String columnLabel, List<Figure> figures) {
	}

	private final MetricsQuery query;
	private final AnswerScan scan;
	private final BranchDirectory branches;
	private final SurveyManagement surveys;
	private final WorkspaceSetup workspaces;
	private final SurveyQuestions questions;
	private final CommentThemes themes;

	Segments(MetricsQuery query, AnswerScan scan, BranchDirectory branches, SurveyManagement surveys,
			WorkspaceSetup workspaces, SurveyQuestions questions, CommentThemes themes) {
		this.query = query;
		this.scan = scan;
		this.branches = branches;
		this.surveys = surveys;
		this.workspaces = workspaces;
		this.questions = questions;
		this.themes = themes;
	}

	/**
	 * @param question with {@link Dimension#QUESTION}: a single- or multiple-choice question of the
	 * segment's survey (which is then required)
	 */
	@Transactional(readOnly = true)
	public List<Row> by(Actor actor, Period period, Segment segment, Dimension dimension, String question) {
		query.check(actor, segment);
		Map<String, Map<String, Histogram>> groups = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		if (dimension == Dimension.QUESTION) {
			Question asked = choiceQuestion(actor, segment, question);
			String language = workspaces.find(actor.workspace()).map(Workspace::language).orElse("id");
			asked.choices().forEach(choice -> {
				groups.put(choice.id(), new LinkedHashMap<>());
				labels.put(choice.id(), choice.label().in(language, "id"));
			});
			groups.put("", new LinkedHashMap<>());
			labels.put("", null);
			scanned(actor, period, segment, AnswerScan.Grouping.QUESTION, Map.of("question", asked.id()))
				.forEach((group, histograms) -> groups.computeIfAbsent(group.first(), g -> new LinkedHashMap<>())
					.putAll(histograms));
		}
		else if (dimension == Dimension.THEME || dimension == Dimension.SENTIMENT) {
			known(actor, dimension).forEach((key, label) -> {
				groups.put(key, new LinkedHashMap<>());
				labels.put(key, label);
			});
			scanned(actor, period, segment, dimension == Dimension.THEME ? AnswerScan.Grouping.THEME
					: AnswerScan.Grouping.SENTIMENT, Map.of())
				.forEach((group, histograms) -> groups.computeIfAbsent(group.first(), g -> new LinkedHashMap<>())
					.putAll(histograms));
		}
		else {
			known(actor, dimension).forEach((key, label) -> {
				groups.put(key, new LinkedHashMap<>());
				labels.put(key, label);
			});
			query.totals(actor.workspace(), new CellQuery(period, segment, dimension, null, null)).histograms()
				.forEach((group, histograms) -> groups.computeIfAbsent(group.first(), g -> new LinkedHashMap<>())
					.putAll(histograms));
		}
		List<Row> rows = new ArrayList<>();
		groups.forEach((key, histograms) -> rows.add(new Row(key, labels.get(key),
				List.copyOf(query.figures(histograms).values()))));
		return rows;
	}

	/** A crosstab of two standard dimensions: one cell per pair that has answers. */
	@Transactional(readOnly = true)
	public List<Cell> crosstab(Actor actor, Period period, Segment segment, Dimension rows, Dimension columns) {
		if (rows.scanned() || columns.scanned() || rows == columns) {
			throw Problem.invalid("crosstab-dimensions", rows, columns);
		}
		query.check(actor, segment);
		Map<String, String> rowLabels = known(actor, rows);
		Map<String, String> columnLabels = known(actor, columns);
		Map<List<String>, Map<String, Histogram>> cells = new LinkedHashMap<>();
		query.totals(actor.workspace(), new CellQuery(period, segment, rows, columns, null)).histograms()
			.forEach((group, histograms) -> cells.put(List.of(group.first(), group.second()), histograms));
		List<Cell> result = new ArrayList<>();
		cells.forEach((pair, histograms) -> result.add(new Cell(pair.get(0), rowLabels.get(pair.get(0)), pair.get(1),
				columnLabels.get(pair.get(1)), List.copyOf(query.figures(histograms).values()))));
		return result;
	}

	/** The scan path's figures of a standard segment: equal to the rollups' by construction of the test. */
	Map<String, Figure> scanned(Actor actor, Period period, Segment segment) {
		return query.figures(scanned(actor, period, segment, AnswerScan.Grouping.NONE, Map.of())
			.getOrDefault(new CellTotals.Group("", null, null), Map.of()));
	}

	/**
	 * @return by group (its key: a choice, a theme, a sentiment; "" for none): by figure, the histogram
	 * of the answers the scan path counts
	 */
	Map<CellTotals.Group, Map<String, Histogram>> scanned(Actor actor, Period period, Segment segment,
			AnswerScan.Grouping grouping, Map<String, Object> params) {
		CellTotals totals = new CellTotals();
		scan.count(actor.workspace(), zone(actor), period, segment, grouping, new LinkedHashMap<>(params),
				(group, type, role, score, answers) -> totals.add(new CellTotals.Group(group, null, null),
						io.tanggap.survey.QuestionType.valueOf(type), role, score, answers));
		return totals.histograms();
	}

	private Question choiceQuestion(Actor actor, Segment segment, String question) {
		if (segment.survey() == null) {
			throw Problem.invalid("required", "survey");
		}
		if (question == null || question.isBlank()) {
			throw Problem.invalid("required", "question");
		}
		return questions.of(actor, segment.survey()).stream().filter(q -> q.id().equals(question.strip())).findFirst()
			.filter(q -> q.type().choice())
			.orElseThrow(() -> Problem.invalid("question-not-choice", question.strip()));
	}

	/** Every value a standard dimension can take in the workspace that is known ahead (branches, channels, surveys). */
	private Map<String, String> known(Actor actor, Dimension dimension) {
		Map<String, String> known = new LinkedHashMap<>();
		switch (dimension) {
			case BRANCH -> {
				for (Branch branch : branches.all(actor.workspace())) {
					known.put(branch.id().toString(), branch.name());
				}
				known.put(RollupKey.NO_BRANCH.toString(), null);
			}
			case SURVEY -> surveys.all(actor).forEach(s -> known.put(s.id().toString(), s.name()));
			case CHANNEL -> {
				for (var channel : io.tanggap.feedback.Channel.values()) {
					known.put(channel.name(), null);
				}
			}
			case THEME -> {
				String language = workspaces.find(actor.workspace()).map(Workspace::language).orElse("id");
				themes.themes(actor.workspace()).forEach(t -> known.put(t.key(), t.name(language)));
				known.put("", null);
			}
			case SENTIMENT -> {
				io.tanggap.feedback.CommentReadings.SENTIMENTS.forEach(s -> known.put(s, null));
				known.put("", null);
			}
			default -> {
			}
		}
		return known;
	}

	private ZoneId zone(Actor actor) {
		return workspaces.find(actor.workspace()).map(Workspace::timeZone).orElse(Workspace.DEFAULT_TIME_ZONE);
	}
}
