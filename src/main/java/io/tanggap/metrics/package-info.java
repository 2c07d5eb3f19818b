/**
 * Measuring: histograms of scores and the definitions that turn them into figures (NPS, CSAT
 * top-box and top-2-box, CES mean and share agreeing, mean ratings), each with n, standard error,
 * 95 % interval and a low-n flag; comparisons of two figures and adjustment of many p-values; the
 * histogram rollups kept in the response's transaction and the figures of any period and segment
 * from them (and from the raw answers for groupings the rollups do not hold); key drivers; external
 * benchmarks with their provenance; the dashboard with its segments and drivers pages, and
 * {@code /api/v1/metrics}; the {@code metrics},
 * {@code drivers} and {@code rollups-rebuild} commands.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cli", "identity", "survey", "feedback" })
package io.tanggap.metrics;
