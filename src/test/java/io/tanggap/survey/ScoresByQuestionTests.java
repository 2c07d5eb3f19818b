package io.tanggap.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoresByQuestionTests {

	private final SurveyDefinition survey = SurveyExamples.postVisit().check();

	@Test
	void writesOneCharacterPerQuestionOfTheVersion() {
		List<AnsweredQuestion> answers = AnswerCheck.check(survey,
				Map.of("nps", 6, "csat", 2, "why", List.of("speed"), "comment", "Lama"), HiddenAnswers.REJECT);
		String scores = ScoresByQuestion.of(survey, answers);
		assertThat(scores).isEqualTo("62--");
		assertThat(ScoresByQuestion.score(scores, 0)).isEqualTo(6);
		assertThat(ScoresByQuestion.score(scores, 1)).isEqualTo(2);
		assertThat(ScoresByQuestion.score(scores, 2)).isEqualTo(ScoresByQuestion.NONE);
		assertThat(ScoresByQuestion.score(scores, 3)).isEqualTo(ScoresByQuestion.NONE);
	}

	@Test
	void aSkippedQuestionHasNoScoreAndZeroIsAScore() {
		String scores = ScoresByQuestion.of(survey, AnswerCheck.check(survey, Map.of("nps", 0), HiddenAnswers.REJECT));
		assertThat(scores).isEqualTo("0---");
		assertThat(ScoresByQuestion.of(survey, AnswerCheck.check(survey, Map.of("nps", 10), HiddenAnswers.REJECT)))
			.isEqualTo("a---");
		assertThat(ScoresByQuestion.score(scores, 0)).isZero();
		assertThat(ScoresByQuestion.score(scores, 1)).isEqualTo(ScoresByQuestion.NONE);
	}

	@Test
	void answersThatAreNotTheVersionsQuestionsHaveNone() {
		AnsweredQuestion otherRole = new AnsweredQuestion("nps", QuestionType.NPS, MetricRole.DRIVER, 9, 0, 10, null, null);
		AnsweredQuestion otherType = new AnsweredQuestion("csat", QuestionType.CSAT_7, MetricRole.CSAT, 6, 1, 7, null, null);
		AnsweredQuestion unknown = new AnsweredQuestion("price", QuestionType.CSAT_5, MetricRole.DRIVER, 3, 1, 5, null, null);
		assertThat(ScoresByQuestion.of(survey, List.of(otherRole))).isNull();
		assertThat(ScoresByQuestion.of(survey, List.of(otherType))).isNull();
		assertThat(ScoresByQuestion.of(survey, List.of(unknown))).isNull();
		AnsweredQuestion nps = new AnsweredQuestion("nps", QuestionType.NPS, MetricRole.NPS, 9, 0, 10, null, null);
		AnsweredQuestion csat = new AnsweredQuestion("csat", QuestionType.CSAT_5, MetricRole.CSAT, 4, 1, 5, null, null);
		assertThat(ScoresByQuestion.of(survey, List.of(nps, csat))).isEqualTo("94--");
		assertThat(ScoresByQuestion.of(survey, List.of(csat, nps))).as("out of the version's order").isNull();
	}
}
