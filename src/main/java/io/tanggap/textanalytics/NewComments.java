package io.tanggap.textanalytics;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.tanggap.feedback.ResponsesSubmitted;

/**
 * Hands the responses just stored to the {@link CommentReader} once their transaction has
 * committed. Heard in the publisher's transaction (not through the event publication registry,
 * which would cost every shared commit of responses a publication row and another commit): what the
 * reader has not read when the service stops is found again by its catching up, not by re-delivery.
 */
@Component
class NewComments {

	private final CommentReader reader;

	NewComments(CommentReader reader) {
		this.reader = reader;
	}

	@EventListener
	void on(ResponsesSubmitted submitted) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			reader.read(submitted.responses());
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				reader.read(submitted.responses());
			}
		});
	}
}
