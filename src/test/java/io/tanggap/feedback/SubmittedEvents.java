package io.tanggap.feedback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers every ResponseSubmitted, from whichever thread publishes it (the writer's, mostly). */
@Component
class SubmittedEvents {

	private final List<ResponseSubmitted> seen = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ResponseSubmitted event) {
		seen.add(event);
	}

	List<ResponseSubmitted> of(String responseId) {
		return seen.stream().filter(e -> e.response().toString().equals(responseId)).toList();
	}
}
