/**
 * Responses: taking in answers from every channel exactly once (idempotency key), keeping them with
 * the survey version they answered, and announcing each as {@link io.tanggap.feedback.ResponseSubmitted}.
 */
package io.tanggap.feedback;
