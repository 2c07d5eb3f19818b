package io.tanggap.metrics.drivers;

import java.util.Optional;

/**
 * The correlations among the drivers ({@code xx}) and of each driver with the outcome ({@code xy})
 * of a sample of rows.
 */
record Correlations(double[][] xx, double[] xy) {

	int size() {
		return xy.length;
	}

	/** @return the correlations of all rows, or empty when a column is constant */
	static Optional<Correlations> of(DriverRatings ratings) {
		int[] rows = new int[ratings.size()];
		for (int i = 0; i < rows.length; i++) {
			rows[i] = i;
		}
		return of(ratings, rows);
	}

	/**
	 * @param rows the rows of the sample, repeats allowed (a bootstrap resample)
	 * @return the correlations, or empty when a column is constant in this sample
	 */
	static Optional<Correlations> of(DriverRatings ratings, int[] rows) {
		int k = ratings.driverCount();
		double[][] columns = new double[k + 1][rows.length];
		for (int i = 0; i < rows.length; i++) {
			columns[0][i] = ratings.outcome()[rows[i]];
			for (int j = 0; j < k; j++) {
				columns[j + 1][i] = ratings.drivers()[rows[i]][j];
			}
		}
		for (double[] column : columns) {
			if (isConstant(column)) {
				return Optional.empty();
			}
			centreAndScale(column);
		}
		double[][] xx = new double[k][k];
		double[] xy = new double[k];
		for (int a = 0; a < k; a++) {
			xx[a][a] = 1;
			xy[a] = dot(columns[a + 1], columns[0]);
			for (int b = 0; b < a; b++) {
				xx[a][b] = dot(columns[a + 1], columns[b + 1]);
				xx[b][a] = xx[a][b];
			}
		}
		return Optional.of(new Correlations(xx, xy));
	}

	/** Compares the values themselves: a mean of equal values need not equal them in floating point. */
	static boolean isConstant(double[] values) {
		for (double value : values) {
			if (value != values[0]) {
				return false;
			}
		}
		return true;
	}

	/** Leaves the column with mean 0 and sum of squares 1, so dot products are correlations. */
	private static void centreAndScale(double[] column) {
		double mean = 0;
		for (double value : column) {
			mean += value;
		}
		mean /= column.length;
		double squares = 0;
		for (int i = 0; i < column.length; i++) {
			column[i] -= mean;
			squares += column[i] * column[i];
		}
		double norm = Math.sqrt(squares);
		for (int i = 0; i < column.length; i++) {
			column[i] /= norm;
		}
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}
}
