/**
 * Responses: taking in answers from every channel exactly once (idempotency key), keeping them with
<<<<<<< HEAD
 * the survey version they answered, announcing each as {@link io.tanggap.feedback.ResponseSubmitted}, and
 * letting staff find, read and export them.
=======
 * the survey version they answered, announcing each as {@link io.tanggap.feedback.ResponseSubmitted},
 * and importing earlier responses from CSV and XLSX files.
>>>>>>> 3604589 (Feedback module description mentions imports; tidy imports)
 */
package io.tanggap.feedback;
