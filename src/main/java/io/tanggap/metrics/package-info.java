/**
 * Measuring: histograms of scores and the definitions that turn them into figures (NPS, CSAT
 * top-box and top-2-box, CES mean and share agreeing, mean ratings), each with n, standard error,
 * 95 % interval and a low-n flag; comparisons of two figures and adjustment of many p-values; the
 * {@code metrics} command that measures a column of a CSV file. Rollups, the dashboard and the API
 * come next.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cli", "identity", "survey", "feedback" })
package io.tanggap.metrics;
