package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.List;

import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.Text;

/**
 * The benchmark's survey: NPS, CSAT (1–5), CES (1–7) and six star-rated drivers, and how each
 * generated response answers it, so that the service's rows and DuckDB's rows say the same.
 */
final class BenchSurvey {

	/** One scored question as the answer rows store it. */
	record Asked(String id, QuestionType type, MetricRole role) {

		/** @return this question's score in the response, or {@link ResponseGenerator#SKIPPED} */
		int score(ResponseGenerator.Generated response) {
			return switch (role) {
				case NPS -> response.nps();
				case CSAT -> response.csat();
				case CES -> response.ces();
				default -> response.drivers()[ResponseGenerator.DRIVERS.indexOf(id)];
			};
		}
	}

	static final List<Asked> QUESTIONS = questions();

	private BenchSurvey() {
	}

	private static List<Asked> questions() {
		List<Asked> questions = new ArrayList<>(List.of(new Asked("nps", QuestionType.NPS, MetricRole.NPS),
				new Asked("csat", QuestionType.CSAT_5, MetricRole.CSAT), new Asked("ces", QuestionType.CES, MetricRole.CES)));
		for (String driver : ResponseGenerator.DRIVERS) {
			questions.add(new Asked(driver, QuestionType.RATING_STARS, MetricRole.DRIVER));
		}
		return List.copyOf(questions);
	}

	static SurveyDefinition definition() {
		List<Question> questions = new ArrayList<>();
		for (Asked asked : QUESTIONS) {
			questions.add(new Question(asked.id(), asked.type(), Text.of(asked.id(), asked.id()),
					asked.role() == MetricRole.NPS, asked.role(), null, null));
		}
		return new SurveyDefinition(List.of("id", "en"), Text.of("Kunjungan", "Visit"), questions, null);
	}
}
