package io.tanggap.metrics.drivers;

import java.util.List;

/**
 * Complete observations of an outcome and its drivers. Rows with a missing value must be left out
 * (or fixed) by the caller, who can say which they were; this record refuses them rather than
 * dropping them silently.
 *
 * @param outcomeName the outcome's name, used in messages
 * @param driverNames the drivers' names, in the order of the columns of {@code drivers}
 * @param outcome one value per observation
 * @param drivers one row per observation, one column per driver
 */
public record DriverRatings(String outcomeName, List<String> driverNames, double[] outcome, double[][] drivers) {

	public DriverRatings {
		driverNames = List.copyOf(driverNames);
		if (driverNames.isEmpty()) {
			throw new NotAnalysable("At least one driver is needed.");
		}
		if (drivers.length != outcome.length) {
			throw new NotAnalysable(outcome.length + " outcome values but " + drivers.length + " rows of drivers.");
		}
		for (int i = 0; i < drivers.length; i++) {
			if (drivers[i].length != driverNames.size()) {
				throw new NotAnalysable("Row " + (i + 1) + " has " + drivers[i].length + " driver values, not "
						+ driverNames.size() + ".");
			}
			if (!Double.isFinite(outcome[i])) {
				throw new NotAnalysable("Row " + (i + 1) + ": " + outcomeName + " is missing or not a number.");
			}
			for (int j = 0; j < drivers[i].length; j++) {
				if (!Double.isFinite(drivers[i][j])) {
					throw new NotAnalysable("Row " + (i + 1) + ": " + driverNames.get(j) + " is missing or not a number.");
				}
			}
		}
	}

	/** @return the number of observations */
	public int size() {
		return outcome.length;
	}

	/** @return the number of drivers */
	public int driverCount() {
		return driverNames.size();
	}
}
