package io.tanggap.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tanggap.shared.Problem;

/**
 * The edits the builder makes to a draft, each returning a new definition for
 * {@link SurveyManagement#edit} to check and save. Ids are made here so that people never type them.
 */
final class Drafts {

	private Drafts() {
	}

	static Optional<Question> question(SurveyDefinition draft, String id) {
		return draft.questions().stream().filter(q -> q.id().equals(id)).findFirst();
	}

	/**
	 * @return {@code q<n>} with n one above the highest in the draft, so that an id deleted from the end
	 * of a draft is the only one that can come back
	 */
	static String nextQuestionId(SurveyDefinition draft) {
		return unused("q", draft.questions().stream().map(Question::id).toList());
	}

	/** @return {@code prefix<n>} with n one above the highest {@code prefix<k>} in {@code taken} */
	static String unused(String prefix, List<String> taken) {
		int highest = 0;
		for (String id : taken) {
			if (id.startsWith(prefix) && id.length() > prefix.length() && id.length() < prefix.length() + 9
					&& id.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
				highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
			}
		}
		return prefix + (highest + 1);
	}

	static SurveyDefinition add(SurveyDefinition draft, Question question) {
		List<Question> questions = new ArrayList<>(draft.questions());
		questions.add(question);
		return with(draft, questions);
	}

	static SurveyDefinition replace(SurveyDefinition draft, Question question) {
		List<Question> questions = new ArrayList<>(draft.questions());
		questions.set(indexOf(draft, question.id()), question);
		return with(draft, questions);
	}

	/** @param by -1 to move up, 1 to move down; a move past either end leaves the order as it is */
	static SurveyDefinition move(SurveyDefinition draft, String id, int by) {
		List<Question> questions = new ArrayList<>(draft.questions());
		int from = indexOf(draft, id);
		int to = from + by;
		if (to < 0 || to >= questions.size()) {
			return draft;
		}
		questions.add(to, questions.remove(from));
		return with(draft, questions);
	}

	static SurveyDefinition remove(SurveyDefinition draft, String id) {
		List<Question> questions = new ArrayList<>(draft.questions());
		questions.remove(indexOf(draft, id));
		return with(draft, questions);
	}

	static SurveyDefinition details(SurveyDefinition draft, List<String> languages, Text title, Text thankYou,
			String coupon) {
		return new SurveyDefinition(languages, title, draft.questions(), thankYou, coupon);
	}

	private static SurveyDefinition with(SurveyDefinition draft, List<Question> questions) {
		return new SurveyDefinition(draft.languages(), draft.title(), questions, draft.thankYou(), draft.coupon());
	}

	private static int indexOf(SurveyDefinition draft, String id) {
		for (int i = 0; i < draft.questions().size(); i++) {
			if (draft.questions().get(i).id().equals(id)) {
				return i;
			}
		}
		throw Problem.notFound("question");
	}
}
