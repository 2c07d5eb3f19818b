package io.tanggap.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tanggap.shared.Problem;

class AnswerCheckTests {

	private final SurveyDefinition survey = SurveyExamples.postVisit().check();

	@Test
	void acceptsAnswersWithTheirScalesAndRoles() {
		List<AnsweredQuestion> answers = AnswerCheck.check(survey, Map.of("nps", 3, "csat", "4", "why", List.of("speed", "speed", "staff"), "comment", "  Lama banget "), HiddenAnswers.REJECT);
		assertThat(answers).extracting(AnsweredQuestion::questionId).containsExactly("nps", "csat", "why", "comment");
		assertThat(answers.get(0)).extracting(AnsweredQuestion::score, AnsweredQuestion::scaleMin,
				AnsweredQuestion::scaleMax, AnsweredQuestion::role).containsExactly(3, 0, 10, MetricRole.NPS);
		assertThat(answers.get(1).score()).isEqualTo(4);
		assertThat(answers.get(2).choices()).containsExactly("speed", "staff");
		assertThat(answers.get(3).text()).isEqualTo("Lama banget");
	}

	@Test
	void rejectsScoresOutsideTheScale() {
		assertCode(Map.of("nps", 11), "answer-out-of-range");
		assertCode(Map.of("nps", -1), "answer-out-of-range");
		assertCode(Map.of("nps", 9, "csat", 0), "answer-out-of-range");
		assertCode(Map.of("nps", 7.5), "answer-type");
		assertCode(Map.of("nps", "sembilan"), "answer-type");
	}

	@Test
	void rejectsUnknownQuestionsAndChoices() {
		assertCode(Map.of("nps", 9, "price", 3), "answer-unknown-question");
		assertCode(Map.of("nps", 2, "why", List.of("parking")), "answer-unknown-choice");
		assertCode(Map.of("nps", 2, "why", List.of(5)), "answer-unknown-choice");
	}

	@Test
	void followsSkipLogic() {
		assertCode(Map.of("nps", 9, "why", List.of("speed")), "answer-hidden-question");
		assertThat(AnswerCheck.check(survey, Map.of("nps", 6, "why", "staff"), HiddenAnswers.REJECT)).hasSize(2);
		assertThat(AnswerCheck.check(survey, Map.of("nps", 9, "why", List.of("speed")), HiddenAnswers.IGNORE))
			.extracting(AnsweredQuestion::questionId).containsExactly("nps");
	}

	@Test
	void requiresWhatIsRequiredAndSomethingAtAll() {
		assertCode(Map.of("csat", 4), "answer-required");
		Map<String, Object> blank = new HashMap<>();
		blank.put("nps", null);
		assertCode(blank, "answer-required");
		assertCode(Map.of("nps", 9, "comment", "x".repeat(AnswerCheck.MAX_TEXT_ANSWER + 1)), "answer-too-long");
	}

	@Test
	void keepsMarkupAsPlainText() {
		List<AnsweredQuestion> answers = AnswerCheck.check(survey, Map.of("nps", 10, "comment", "<script>alert(1)</script>"), HiddenAnswers.REJECT);
		assertThat(answers.get(1).text()).isEqualTo("<script>alert(1)</script>");
	}

	private void assertCode(Map<String, Object> answers, String code) {
		assertThatThrownBy(() -> AnswerCheck.check(survey, answers, HiddenAnswers.REJECT)).isInstanceOf(Problem.class)
			.extracting("code").isEqualTo(code);
	}
}
