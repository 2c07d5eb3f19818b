package io.tanggap.metrics;

/**
 * A figure's value with its standard error and 95 % interval, in the figure's {@link Unit}. The
 * standard error is infinite for a mean of one answer (one answer says nothing about spread); it is
 * never NaN.
 */
public record Estimate(double value, double standardError, double low, double high) {
}
