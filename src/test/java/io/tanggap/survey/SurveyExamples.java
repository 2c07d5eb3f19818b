package io.tanggap.survey;

import java.util.List;

/** A small post-visit survey with every kind of question the tests need. */
final class SurveyExamples {

	private SurveyExamples() {
	}

	static SurveyDefinition postVisit() {
		return new SurveyDefinition(List.of("id", "en"), Text.of("Kunjungan Anda", "Your visit"), List.of(
				new Question("nps", QuestionType.NPS, Text.of("Seberapa mungkin Anda merekomendasikan kami?",
						"How likely are you to recommend us?"), true, MetricRole.NPS, null, null),
				new Question("csat", QuestionType.CSAT_5, Text.of("Seberapa puas Anda?", "How satisfied are you?"),
						false, MetricRole.CSAT, null, null),
				new Question("why", QuestionType.MULTIPLE_CHOICE, Text.of("Apa yang kurang?", "What fell short?"),
						false, MetricRole.NONE, List.of(new Choice("speed", Text.of("Kecepatan", "Speed")),
								new Choice("staff", Text.of("Pelayanan", "Staff"))),
						new Condition("nps", Condition.Operator.LTE, 6, null)),
				new Question("comment", QuestionType.TEXT, Text.of("Ceritakan lebih lanjut", "Tell us more"), false,
						MetricRole.NONE, null, null)),
				Text.of("Terima kasih!", "Thank you!"));
	}
}
