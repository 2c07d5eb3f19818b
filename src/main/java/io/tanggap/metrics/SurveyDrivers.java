package io.tanggap.metrics;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.metrics.drivers.DriverImportance;
import io.tanggap.metrics.drivers.DriverRatings;
import io.tanggap.metrics.drivers.KeyDriverAnalysis;
import io.tanggap.metrics.drivers.KeyDrivers;
import io.tanggap.metrics.drivers.NotAnalysable;
import io.tanggap.shared.Problem;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;

/**
 * "What drives satisfaction?" on a survey's own answers: the outcome (by default the question whose
 * role is OUTCOME, else the NPS, CSAT or CES question) and the attribute ratings (by default the
 * questions whose role is DRIVER), from the responses of a period and segment that answered all of
 * them. Each driver gets its LMG (Shapley) and relative-weight share of R² with bootstrap intervals
 * and its performance (mean rating, also as 0–100 of its scale), for the performance-vs-importance
 * chart: a driver above the median importance and below the median performance is "fix first".
 */
@Service
public class SurveyDrivers {

	/** At most this many complete responses are analysed; more are sampled at random (seeded). */
	public static final int MAX_ROWS = 20_000;
	static final int RESAMPLES = 1000;

	public record Driver(String question, String label, double lmg, double lmgLow, double lmgHigh, double relativeWeight,
			double relativeWeightLow, double relativeWeightHigh, double mean, int scaleMin, int scaleMax,
			double performance, boolean fixFirst) {
	}

	/**
	 * @param complete responses that answered the outcome and every driver (the analysis uses these)
	 * @param incomplete responses of the period and segment that left one of them out
	 * @param analysed the rows analysed: {@code complete}, or {@link #MAX_ROWS} sampled from them
	 */
	public record Result(String outcome, String outcomeLabel, long complete, long incomplete, int analysed,
			double rSquared, double rSquaredLow, double rSquaredHigh, List<Driver> drivers, List<String> warnings) {
	}

	private final JdbcClient jdbc;
	private final SurveyQuestions questions;
	private final WorkspaceSetup workspaces;
	private final MetricsQuery query;

	SurveyDrivers(JdbcClient jdbc, SurveyQuestions questions, WorkspaceSetup workspaces, MetricsQuery query) {
		this.jdbc = jdbc;
		this.questions = questions;
		this.workspaces = workspaces;
		this.query = query;
	}

	@Transactional(readOnly = true)
	public Result analyse(Actor actor, Period period, Segment segment, String outcomeId, List<String> driverIds) {
		if (segment.survey() == null) {
			throw Problem.invalid("required", "survey");
		}
		query.check(actor, segment);
		Map<String, Question> scored = new LinkedHashMap<>();
		questions.of(actor, segment.survey()).stream().filter(q -> q.type().scored()).forEach(q -> scored.put(q.id(), q));
		Question outcome = outcome(scored, outcomeId);
		List<Question> drivers = drivers(scored, driverIds, outcome);
		String language = workspaces.find(actor.workspace()).map(Workspace::language).orElse("id");

		List<String> ids = new ArrayList<>();
		ids.add(outcome.id());
		drivers.forEach(d -> ids.add(d.id()));
		Map<UUID, double[]> rows = new LinkedHashMap<>();
		ZoneId zone = workspaces.find(actor.workspace()).map(Workspace::timeZone).orElse(Workspace.DEFAULT_TIME_ZONE);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("questions", ids);
		String sql = "SELECT a.response_id, a.question_id, a.score FROM survey_response r JOIN answer a ON a.response_id = r.id "
				+ "WHERE " + RawResponses.where(actor.workspace(), zone, period, segment, params)
				+ " AND a.question_id IN (:questions) AND a.score IS NOT NULL";
		String order = " ORDER BY a.response_id";
		// In the order of the responses' ids, so that the same data always gives the same sample and intervals.
		jdbc.sql(sql + order).params(params).query(rs -> {
			double[] row = rows.computeIfAbsent(rs.getObject(1, UUID.class), id -> {
				double[] empty = new double[ids.size()];
				java.util.Arrays.fill(empty, Double.NaN);
				return empty;
			});
			row[ids.indexOf(rs.getString(2))] = rs.getInt(3);
		});
		List<double[]> complete = new ArrayList<>();
		rows.values().stream().filter(row -> java.util.Arrays.stream(row).allMatch(Double::isFinite)).forEach(complete::add);
		long seed = segment.survey().getMostSignificantBits() ^ period.from().toEpochDay();
		List<double[]> analysed = complete;
		if (complete.size() > MAX_ROWS) {
			List<double[]> shuffled = new ArrayList<>(complete);
			java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
			analysed = shuffled.subList(0, MAX_ROWS);
		}
		double[] y = new double[analysed.size()];
		double[][] x = new double[analysed.size()][drivers.size()];
		for (int i = 0; i < analysed.size(); i++) {
			y[i] = analysed.get(i)[0];
			System.arraycopy(analysed.get(i), 1, x[i], 0, drivers.size());
		}
		KeyDriverAnalysis analysis;
		try {
			analysis = KeyDrivers.analyse(new DriverRatings(outcome.id(), drivers.stream().map(Question::id).toList(), y, x),
					RESAMPLES, new SplittableRandom(seed).nextLong());
		}
		catch (NotAnalysable e) {
			throw Problem.invalid("drivers-not-analysable", e.getMessage());
		}
		List<Driver> result = new ArrayList<>();
		double[] means = new double[drivers.size()];
		for (int j = 0; j < drivers.size(); j++) {
			double sum = 0;
			for (double[] row : x) {
				sum += row[j];
			}
			means[j] = sum / x.length;
		}
		double medianImportance = median(analysis.drivers().stream().mapToDouble(DriverImportance::lmg).toArray());
		double[] performances = new double[drivers.size()];
		for (int j = 0; j < drivers.size(); j++) {
			Question q = drivers.get(j);
			performances[j] = 100 * (means[j] - q.type().min()) / (q.type().max() - q.type().min());
		}
		double medianPerformance = median(performances.clone());
		for (int j = 0; j < drivers.size(); j++) {
			Question q = drivers.get(j);
			DriverImportance importance = analysis.drivers().get(j);
			result.add(new Driver(q.id(), q.text().in(language, "id"), importance.lmg(), importance.lmgInterval().lower(),
					importance.lmgInterval().upper(), importance.relativeWeight(), importance.relativeWeightInterval().lower(),
					importance.relativeWeightInterval().upper(), means[j], q.type().min(), q.type().max(), performances[j],
					drivers.size() > 1 && importance.lmg() >= medianImportance && performances[j] < medianPerformance));
		}
		return new Result(outcome.id(), outcome.text().in(language, "id"), complete.size(),
				rows.size() - complete.size(), analysed.size(), analysis.rSquared(), analysis.rSquaredInterval().lower(),
				analysis.rSquaredInterval().upper(), result, analysis.warnings());
	}

	private static Question outcome(Map<String, Question> scored, String outcomeId) {
		if (outcomeId != null && !outcomeId.isBlank()) {
			Question q = scored.get(outcomeId.strip());
			if (q == null) {
				throw Problem.invalid("question-not-scored", outcomeId.strip());
			}
			return q;
		}
		for (MetricRole role : List.of(MetricRole.OUTCOME, MetricRole.CSAT, MetricRole.NPS, MetricRole.CES)) {
			for (Question q : scored.values()) {
				if (q.role() == role) {
					return q;
				}
			}
		}
		throw Problem.invalid("drivers-no-outcome");
	}

	private static List<Question> drivers(Map<String, Question> scored, List<String> driverIds, Question outcome) {
		List<Question> drivers = new ArrayList<>();
		if (driverIds != null && !driverIds.isEmpty()) {
			for (String id : driverIds) {
				Question q = scored.get(id.strip());
				if (q == null) {
					throw Problem.invalid("question-not-scored", id.strip());
				}
				if (q.id().equals(outcome.id()) || drivers.contains(q)) {
					throw Problem.invalid("drivers-repeated", q.id());
				}
				drivers.add(q);
			}
		}
		else {
			scored.values().stream().filter(q -> q.role() == MetricRole.DRIVER).forEach(drivers::add);
		}
		if (drivers.isEmpty()) {
			throw Problem.invalid("drivers-none");
		}
		if (drivers.size() > KeyDrivers.MAX_DRIVERS) {
			throw Problem.invalid("drivers-too-many", KeyDrivers.MAX_DRIVERS);
		}
		return drivers;
	}

	private static double median(double[] values) {
		java.util.Arrays.sort(values);
		int n = values.length;
		return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
	}
}
