package io.tanggap.textanalytics;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.tanggap.feedback.ResponseId;

/**
 * Remembers every {@link CommentAnalyzed}, from whichever thread publishes it. A test waits for one
 * here rather than with {@code Scenario.andWaitForEventOfType}: Spring Modulith's test captures
 * events on the test's thread and on threads started from it (an inheritable thread-local), but the
 * event is published on a thread of the shared task executor's pool, which starts threads only until
 * it has its core threads; in a whole test run other tests' threads started them long before, and
 * the scenario would never see the event (though the comment is read all the same).
 */
@Component
@ConditionalOnProperty(name = "tanggap.test-fixtures", matchIfMissing = true)
class AnalyzedComments {

	private final Queue<CommentAnalyzed> seen = new ConcurrentLinkedQueue<>();

	@EventListener
	void on(CommentAnalyzed event) {
		seen.add(event);
	}

	/** @return the announcements of the workspace's comments, in the order they came */
	List<CommentAnalyzed> of(io.tanggap.shared.WorkspaceId workspace) {
		return seen.stream().filter(e -> e.workspace().equals(workspace)).toList();
	}

	/** @return the announcements of the response's comments, in the order they came */
	List<CommentAnalyzed> of(ResponseId response) {
		return seen.stream().filter(e -> e.response().equals(response)).toList();
	}
}
