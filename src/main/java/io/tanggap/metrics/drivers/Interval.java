package io.tanggap.metrics.drivers;

/** A confidence interval, both ends included. */
public record Interval(double lower, double upper) {

	public boolean contains(double value) {
		return lower <= value && value <= upper;
	}
}
