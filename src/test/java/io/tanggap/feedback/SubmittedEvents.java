package io.tanggap.feedback;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.context.event.EventListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Remembers every ResponseSubmitted, from whichever thread publishes it (the writer's, mostly). */
@Component
@ConditionalOnProperty(name = "tanggap.test-fixtures", matchIfMissing = true) // off in benchmarks
class SubmittedEvents {

	private final Queue<ResponseSubmitted> seen = new ConcurrentLinkedQueue<>();

	@EventListener
	void on(ResponseSubmitted event) {
		seen.add(event);
	}

	List<ResponseSubmitted> of(String responseId) {
		return seen.stream().filter(e -> e.response().toString().equals(responseId)).toList();
	}
}
