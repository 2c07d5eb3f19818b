/**
 * Key-driver analysis: how much each attribute rating contributes to explaining an outcome rating,
 * as LMG (Shapley) shares and Johnson's relative weights of R², with bootstrap intervals. Pure
 * computation on complete rows, plus the jar's {@code drivers} command for a CSV file.
 */
package io.tanggap.metrics.drivers;
