package io.tanggap.survey;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SurveyDefinitionTests {

	@Test
	void acceptsAWellFormedSurvey() {
		SurveyExamples.postVisit().check();
	}

	@Test
	void rejectsBrokenDefinitions() {
		SurveyDefinition good = SurveyExamples.postVisit();
		assertCode(new SurveyDefinition(List.of("fr"), good.title(), good.questions(), null), "survey-languages");
		assertCode(good.withCoupon("KOPI 10!"), "survey-coupon");
		assertCode(new SurveyDefinition(List.of("id"), good.title(), List.of(), null), "survey-question-count");
		assertCode(with(good, 1, new Question("nps", QuestionType.CSAT_5, Text.of("a", "b"), false, null, null, null)),
				"question-id-duplicate");
		assertCode(with(good, 1, new Question("Bad Id", QuestionType.CSAT_5, Text.of("a", "b"), false, null, null, null)),
				"question-id");
		assertCode(with(good, 1, new Question("pick", QuestionType.SINGLE_CHOICE, Text.of("a", "b"), false, null, null, null)),
				"question-choices");
		assertCode(with(good, 1, new Question("later", QuestionType.CSAT_5, Text.of("a", "b"), false, null, null,
				new Condition("comment", Condition.Operator.GT, 3, null))), "question-condition");
		assertCode(with(good, 1, new Question("role", QuestionType.CES, Text.of("a", "b"), false, MetricRole.NPS, null, null)),
				"question-role");
		assertCode(with(good, 1, new Question("empty", QuestionType.TEXT, new Text(java.util.Map.of("en", "x")), false,
				null, null, null)), "text-missing");
	}

	private static SurveyDefinition with(SurveyDefinition base, int at, Question question) {
		List<Question> questions = new ArrayList<>(base.questions());
		questions.add(at, question);
		return new SurveyDefinition(base.languages(), base.title(), questions, base.thankYou());
	}

	private static void assertCode(SurveyDefinition definition, String code) {
		assertThatThrownBy(definition::check).extracting("code").isEqualTo(code);
	}
}
