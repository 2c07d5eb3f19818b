package io.tanggap.feedback;

import java.util.List;

/**
 * Responses were stored (committed) together: the {@link ResponseSubmitted} of every response one
 * transaction stored for the first time, in one event. A listener that takes every response (text
 * analytics) hears this instead, so that the event publication registry costs it one row and two
 * commits per shared commit, not per response; each response is also announced on its own.
 * @param responses at least one, each stored in the same transaction
 */
public record ResponsesSubmitted(List<ResponseSubmitted> responses) {

	public ResponsesSubmitted {
		if (responses.isEmpty()) {
			throw new IllegalArgumentException("A batch of submitted responses must not be empty");
		}
		responses = List.copyOf(responses);
	}
}
