/**
 * Surveys: their definitions and published versions, question types with their scales and metric
 * roles, skip logic, and checking a set of answers against the version it answers.
 */
package io.tanggap.survey;
