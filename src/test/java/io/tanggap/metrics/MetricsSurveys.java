package io.tanggap.metrics;

import java.util.List;

import io.tanggap.survey.Choice;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.Text;

/** The questions and the visit survey the metrics tests answer. */
final class MetricsSurveys {

	static final Question NPS = new Question("nps", QuestionType.NPS, Text.of("NPS", "NPS"), true, MetricRole.NPS, null,
			null);
	static final Question CSAT = new Question("csat", QuestionType.CSAT_5, Text.of("Puas?", "Satisfied?"), false,
			MetricRole.CSAT, null, null);
	static final Question CES = new Question("ces", QuestionType.CES, Text.of("Mudah?", "Easy?"), false, MetricRole.CES,
			null, null);
	/** Age band: "muda" (under 30) or "tua" (30 and over). */
	static final Question AGE = new Question("usia", QuestionType.SINGLE_CHOICE, Text.of("Usia", "Age"), false,
			MetricRole.NONE, List.of(new Choice("muda", Text.of("Di bawah 30", "Under 30")),
					new Choice("tua", Text.of("30 ke atas", "30 and over"))), null);

	private MetricsSurveys() {
	}

	/** @return "Kunjungan" (visit) in Indonesian and English with these questions */
	static SurveyDefinition visit(Question... questions) {
		return new SurveyDefinition(List.of("id", "en"), Text.of("Kunjungan", "Visit"), List.of(questions), null);
	}
}
