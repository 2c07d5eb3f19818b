package io.tanggap.survey;

import java.util.Arrays;
import java.util.List;

/**
 * A response's scores written short, one character for each question of the version it answers,
 * in the version's order: the score of a scored question ({@code 0}–{@code 9}, {@code a} for 10),
 * or {@code -} for a question without one (not scored, skipped, hidden). "94-5" answers a version of
 * four questions: 9 and 4 on the first two, nothing scored on the third, 5 on the fourth.
 *
 * <p>The feedback module stores it beside each response, written once with the answers, so that the
 * metrics module can rebuild its rollups from one row per response instead of one per answer. With
 * the version's definition it says exactly what the scored answer rows say: question id, type,
 * role and score.
 */
public final class ScoresByQuestion {

	/** No score for this question. */
	public static final int NONE = -1;
	private static final char NO_SCORE = '-';

	private ScoresByQuestion() {
	}

	/**
	 * @param answers in the order of the definition's questions, as {@link AnswerCheck} gives them
	 * @return the answers' scores by question of {@code definition}, or null when an answer is not
	 * the definition's question as it stands (another id, type or role, or out of order): such a
	 * response keeps only its answer rows
	 */
	public static String of(SurveyDefinition definition, List<AnsweredQuestion> answers) {
		List<Question> questions = definition.questions();
		char[] scores = new char[questions.size()];
		Arrays.fill(scores, NO_SCORE);
		int at = 0;
		for (AnsweredQuestion answer : answers) {
			while (at < questions.size() && !questions.get(at).id().equals(answer.questionId())) {
				at++;
			}
			if (at == questions.size() || questions.get(at).type() != answer.type()
					|| questions.get(at).role() != answer.role()) {
				return null;
			}
			if (answer.type().scored() && answer.score() != null && answer.score() >= 0 && answer.score() <= 10) {
				scores[at] = Character.forDigit(answer.score(), 11);
			}
			at++;
		}
		return new String(scores);
	}

	/** @return the score written at {@code position} in {@code scores}, or {@link #NONE} */
	public static int score(String scores, int position) {
		char c = scores.charAt(position);
		return c == NO_SCORE ? NONE : Character.digit(c, 11);
	}
}
