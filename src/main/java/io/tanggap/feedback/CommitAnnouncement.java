package io.tanggap.feedback;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces the responses a caller's transaction stores (an import's batch of rows, the demo) as
 * {@link ResponsesSubmitted} just before that transaction commits: in a few events of many
 * responses instead of one event per response, each of which would cost a listener that takes
 * every response a row in the event publication registry and a transaction of its own.
 */
final class CommitAnnouncement implements TransactionSynchronization {

	private final ApplicationEventPublisher events;
	private final List<ResponseSubmitted> stored = new ArrayList<>();

	private CommitAnnouncement(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Adds a response to the announcement of the current transaction; without transaction
	 * synchronization the response is announced at once.
	 */
	static void add(ApplicationEventPublisher events, ResponseSubmitted submitted) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			events.publishEvent(new ResponsesSubmitted(List.of(submitted)));
			return;
		}
		// Looked up among the current transaction's synchronizations, not bound as a resource: a
		// transaction started inside it (REQUIRES_NEW) then gets an announcement of its own.
		CommitAnnouncement announcement = TransactionSynchronizationManager.getSynchronizations().stream()
			.filter(CommitAnnouncement.class::isInstance).map(CommitAnnouncement.class::cast)
			.filter(a -> a.events == events).findFirst().orElse(null);
		if (announcement == null) {
			announcement = new CommitAnnouncement(events);
			TransactionSynchronizationManager.registerSynchronization(announcement);
		}
		announcement.stored.add(submitted);
	}

	/** Publishes in the transaction, so that the registry records the publications with the responses. */
	@Override
	public void beforeCommit(boolean readOnly) {
		if (!stored.isEmpty()) {
			ResponsesSubmitted.parts(stored).forEach(events::publishEvent);
			stored.clear();
		}
	}
}
