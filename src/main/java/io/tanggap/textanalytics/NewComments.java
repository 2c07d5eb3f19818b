package io.tanggap.textanalytics;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.tanggap.feedback.ResponsesSubmitted;

/**
 * Reads the comments of responses as they are stored: after their commit, on another thread and in
 * a transaction of its own, so that reading never slows or blocks taking responses in, and a reading
 * that fails never loses or refuses a response. The event publication registry keeps each batch
 * until it has been read, and delivers it again after a crash; reading a batch twice stores it once.
 */
@Component
class NewComments {

	private final CommentReading reading;

	NewComments(CommentReading reading) {
		this.reading = reading;
	}

	@ApplicationModuleListener
	void on(ResponsesSubmitted submitted) {
		reading.readNew(submitted.responses());
	}
}
