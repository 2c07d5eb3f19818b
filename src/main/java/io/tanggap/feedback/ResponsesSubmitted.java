package io.tanggap.feedback;

import java.util.ArrayList;
import java.util.List;

import io.tanggap.survey.AnsweredQuestion;

/**
 * Responses were stored (committed) together: the {@link ResponseSubmitted} of responses one
 * transaction stored for the first time, in one event. A listener that takes every response (text
 * analytics) hears this instead, so that the event publication registry costs it one row and two
 * commits per shared commit, not per response; each response is also announced on its own. A
 * transaction that stores many responses (an import's batch, the demo) announces them in
 * {@link #parts parts}, each small enough for the registry's serialized-event column.
 * @param responses at least one, each stored in the same transaction
 */
public record ResponsesSubmitted(List<ResponseSubmitted> responses) {

	/** At most this many responses in one event. */
	static final int MAX_RESPONSES = 256;
	/**
	 * A generous estimate of an event's serialized size stays below this many characters; the
	 * registry's column takes 1,000,000.
	 */
	static final int MAX_ESTIMATED_CHARS = 400_000;

	public ResponsesSubmitted {
		if (responses.isEmpty()) {
			throw new IllegalArgumentException("A batch of submitted responses must not be empty");
		}
		responses = List.copyOf(responses);
	}

	/**
	 * @param responses responses stored in one transaction, at least one
	 * @return the responses in order, cut into events of at most {@value #MAX_RESPONSES} responses
	 *         whose estimated serialized size stays below {@value #MAX_ESTIMATED_CHARS} characters
	 *         (a response larger than that gets an event of its own)
	 */
	static List<ResponsesSubmitted> parts(List<ResponseSubmitted> responses) {
		List<ResponsesSubmitted> parts = new ArrayList<>();
		List<ResponseSubmitted> part = new ArrayList<>();
		long size = 0;
		for (ResponseSubmitted response : responses) {
			long estimate = estimatedChars(response);
			if (!part.isEmpty() && (part.size() == MAX_RESPONSES || size + estimate > MAX_ESTIMATED_CHARS)) {
				parts.add(new ResponsesSubmitted(part));
				part = new ArrayList<>();
				size = 0;
			}
			part.add(response);
			size += estimate;
		}
		parts.add(new ResponsesSubmitted(part));
		return parts;
	}

	/** Ids, names and numbers take a few hundred characters; text may double when escaped. */
	private static long estimatedChars(ResponseSubmitted response) {
		long chars = 600 + length(response.customerRef()) + length(response.touchpoint())
				+ length(response.idempotencyKey());
		for (AnsweredQuestion answer : response.answers()) {
			chars += 250 + 2L * length(answer.text()) + 50L * answer.choices().size();
		}
		return chars;
	}

	private static int length(String text) {
		return text == null ? 0 : text.length();
	}
}
