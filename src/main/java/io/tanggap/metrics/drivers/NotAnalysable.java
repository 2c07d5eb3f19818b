package io.tanggap.metrics.drivers;

/**
 * The data cannot be analysed as given, e.g. a driver without variance, more drivers than the
 * analysis supports, or an incomplete row. The message names the column or row.
 */
public final class NotAnalysable extends RuntimeException {

	NotAnalysable(String message) {
		super(message);
	}
}
