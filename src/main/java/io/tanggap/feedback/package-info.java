/**
 * Responses: taking in answers from every channel exactly once (idempotency key), keeping them with
 * the survey version they answered, announcing each as {@link io.tanggap.feedback.ResponseSubmitted} (and each transaction's as one
 * {@link io.tanggap.feedback.ResponsesSubmitted}),
 * importing earlier responses from CSV and XLSX files, and letting staff find, read and export them.
 */
package io.tanggap.feedback;
