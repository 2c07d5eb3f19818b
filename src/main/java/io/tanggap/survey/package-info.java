/**
 * Surveys: their definitions and published versions, question types with their scales and metric
 * roles, skip logic, checking a set of answers against the version it answers, the ready-made
 * templates a survey can start from, and what is shared to collect answers: links per channel, QR
 * codes, printable table cards and WhatsApp links.
 */
package io.tanggap.survey;
