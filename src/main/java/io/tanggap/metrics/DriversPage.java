package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.tanggap.identity.Actor;
import io.tanggap.survey.MetricRole;

/**
 * Puts the drivers page together from {@link SurveyDrivers}: R² and how many responses it comes
 * from, the drivers by importance with both methods' shares and their intervals, the
 * performance-vs-importance chart and the analysis's warnings.
 */
@Component
class DriversPage {

	/**
	 * A scored question of the survey, for the form.
	 * @param driver whether its role is DRIVER, so it is a driver unless others are named
	 */
	record ScoredQuestion(String id, String text, boolean driver) {
	}

	private final SurveyDrivers drivers;
	private final SurveyQuestions questions;
	private final DriverCharts charts;

	DriversPage(SurveyDrivers drivers, SurveyQuestions questions, DriverCharts charts) {
		this.drivers = drivers;
		this.questions = questions;
		this.charts = charts;
	}

	/** @return the scored questions of the filter's survey, which must be chosen */
	List<ScoredQuestion> scoredQuestions(Actor actor, DashboardFilter filter, Locale locale) {
		return questions.of(actor, filter.segment().survey()).stream().filter(q -> q.type().scored())
			.map(q -> new ScoredQuestion(q.id(), q.text().in(locale.getLanguage(), "id"), q.role() == MetricRole.DRIVER))
			.toList();
	}

	/**
	 * @param scored the survey's scored questions, which name the outcome and drivers in the page's language
	 * @param outcome null or blank for the survey's outcome by role
	 * @param named the drivers; none for the questions whose role is DRIVER
	 * @throws io.tanggap.shared.Problem 422 for an outcome or drivers that cannot be analysed
	 */
	DriversView of(Actor actor, DashboardFilter filter, List<ScoredQuestion> scored, String outcome, List<String> named,
			Locale locale) {
		SurveyDrivers.Result result = drivers.analyse(actor, filter.period(), filter.segment(), outcome, named);
		Map<String, String> texts = new LinkedHashMap<>();
		scored.forEach(q -> texts.put(q.id(), q.text()));
		List<SurveyDrivers.Driver> sorted = new ArrayList<>(result.drivers());
		sorted.sort(Comparator.comparingDouble(SurveyDrivers.Driver::lmg).reversed());
		double[] importance = sorted.stream()
			.mapToDouble(d -> result.rSquared() > 0 ? 100 * d.lmg() / result.rSquared() : 0).toArray();
		FigureText text = new FigureText(locale);
		List<DriversView.Line> lines = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			SurveyDrivers.Driver d = sorted.get(i);
			lines.add(new DriversView.Line(d.question(), texts.getOrDefault(d.question(), d.label()),
					text.value(Unit.PERCENT, importance[i]), percent(text, d.lmg()), percent(text, d.lmgLow()),
					percent(text, d.lmgHigh()), percent(text, d.relativeWeight()), percent(text, d.relativeWeightLow()),
					percent(text, d.relativeWeightHigh()), text.value(Unit.SCORE, d.mean()), d.scaleMin() + "–" + d.scaleMax(),
					text.value(Unit.POINTS, d.performance()), d.fixFirst()));
		}
		List<String> labels = lines.stream().map(DriversView.Line::label).toList();
		return new DriversView(text.period(filter.period()), texts.getOrDefault(result.outcome(), result.outcomeLabel()),
				text.value(Unit.SCORE, result.rSquared()), text.value(Unit.SCORE, result.rSquaredLow()),
				text.value(Unit.SCORE, result.rSquaredHigh()), percent(text, result.rSquared()), result.complete(),
				result.incomplete(), result.analysed(), result.analysed() < result.complete(), lines, result.warnings(),
				charts.json(sorted, labels, importance), filter.responses());
	}

	/** @return a share of the outcome's variation, e.g. 0.624 as {@code 62,4} */
	private static String percent(FigureText text, double share) {
		return text.value(Unit.PERCENT, 100 * share);
	}
}
