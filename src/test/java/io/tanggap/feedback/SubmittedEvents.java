package io.tanggap.feedback;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.context.event.EventListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Remembers every ResponseSubmitted and ResponsesSubmitted, from whichever thread publishes it (the
 * writer's, mostly).
 */
@Component
@ConditionalOnProperty(name = "tanggap.test-fixtures", matchIfMissing = true) // off in benchmarks
class SubmittedEvents {

	private final Queue<ResponseSubmitted> seen = new ConcurrentLinkedQueue<>();
	private final Queue<ResponsesSubmitted> batches = new ConcurrentLinkedQueue<>();

	@EventListener
	void on(ResponseSubmitted event) {
		seen.add(event);
	}

	@EventListener
	void on(ResponsesSubmitted event) {
		batches.add(event);
	}

	/** @return each response of the survey as often as the batches announced it */
	List<ResponseId> inBatches(io.tanggap.survey.SurveyId survey) {
		return batches.stream().flatMap(b -> b.responses().stream()).filter(e -> e.survey().equals(survey))
			.map(ResponseSubmitted::response).toList();
	}

	/** @return how many batches announced responses of the survey */
	long batchesOf(io.tanggap.survey.SurveyId survey) {
		return batches.stream().filter(b -> b.responses().stream().anyMatch(e -> e.survey().equals(survey))).count();
	}

	List<ResponseSubmitted> of(String responseId) {
		return seen.stream().filter(e -> e.response().toString().equals(responseId)).toList();
	}
}
