/**
 * Surveys: their definitions and published versions, question types with their scales and metric
 * roles, skip logic, checking a set of answers against the version it answers, and the ready-made
 * templates a survey can start from.
 */
package io.tanggap.survey;
