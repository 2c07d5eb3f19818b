package io.tanggap.feedback;

/**
 * A response was deleted, with its answers, in the transaction this event is published in. It
 * carries the response as it was, so that listeners can take back what it had counted.
 */
public record ResponseDeleted(ResponseSubmitted response, String by) {
}
