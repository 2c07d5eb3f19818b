package io.tanggap.metrics.drivers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Key-driver analysis: the relative importance of each driver for the outcome, as LMG (Shapley)
 * shares and Johnson's relative weights of R², with bootstrap 95 % percentile intervals. Everything
 * is computed from correlations, so the scales of the ratings do not matter.
 */
public final class KeyDrivers {

	/** LMG visits all 2^k subsets of the drivers; beyond this that takes too long. */
	public static final int MAX_DRIVERS = 15;

	public static final int DEFAULT_RESAMPLES = 1000;

	private KeyDrivers() {
	}

	/**
	 * @param resamples the number of bootstrap resamples, at least 1
	 * @param seed the seed of the resampling: the same data, resamples and seed give the same intervals
	 * @throws NotAnalysable when there are more than {@link #MAX_DRIVERS} drivers, too few rows, or a
	 *         column without variance (the message names it)
	 */
	public static KeyDriverAnalysis analyse(DriverRatings ratings, int resamples, long seed) {
		int k = ratings.driverCount();
		if (k > MAX_DRIVERS) {
			throw new NotAnalysable("Too many drivers: " + k + "; at most " + MAX_DRIVERS
					+ " can be analysed together (all 2^k subsets are fitted).");
		}
		if (ratings.size() < k + 2) {
			throw new NotAnalysable("Too few rows: " + ratings.size() + " for " + k + " drivers; at least " + (k + 2)
					+ " are needed.");
		}
		if (resamples < 1) {
			throw new NotAnalysable("At least one bootstrap resample is needed.");
		}
		refuseConstantColumns(ratings);
		Correlations correlations = Correlations.of(ratings).orElseThrow();
		double[] lmg = Lmg.shares(correlations);
		double[] weights = RelativeWeights.weights(correlations);
		double rSquared = new SubsetFit(correlations.xx()).rSquared((1 << k) - 1, correlations.xy());
		List<String> warnings = Warnings.of(ratings, correlations);

		double[][] lmgs = new double[k][resamples];
		double[][] relativeWeights = new double[k][resamples];
		double[] rSquareds = new double[resamples];
		int used = resample(ratings, seed, lmgs, relativeWeights, rSquareds);
		if (used == 0) {
			throw new NotAnalysable("In every bootstrap resample some column was constant; there are too few distinct rows.");
		}
		if (used < resamples) {
			warnings.add(String.format(Locale.ROOT,
					"%d of %d bootstrap resamples had a constant column and were left out.", resamples - used, resamples));
		}
		List<DriverImportance> drivers = new ArrayList<>();
		for (int j = 0; j < k; j++) {
			drivers.add(new DriverImportance(ratings.driverNames().get(j), lmg[j],
					Percentiles.of95(Arrays.copyOf(lmgs[j], used)), weights[j],
					Percentiles.of95(Arrays.copyOf(relativeWeights[j], used))));
		}
		return new KeyDriverAnalysis(ratings.size(), rSquared, Percentiles.of95(Arrays.copyOf(rSquareds, used)),
				drivers, used, warnings);
	}

	private static void refuseConstantColumns(DriverRatings ratings) {
		if (Correlations.isConstant(ratings.outcome())) {
			throw new NotAnalysable("The outcome " + ratings.outcomeName() + " has the same value in every row.");
		}
		for (int j = 0; j < ratings.driverCount(); j++) {
			double[] column = new double[ratings.size()];
			for (int i = 0; i < column.length; i++) {
				column[i] = ratings.drivers()[i][j];
			}
			if (Correlations.isConstant(column)) {
				throw new NotAnalysable("The driver " + ratings.driverNames().get(j)
						+ " has the same value in every row; it cannot explain anything. Leave it out.");
			}
		}
	}

	/**
	 * Fills the arrays with the estimates of each resample that has no constant column.
	 * @return how many resamples that was
	 */
	private static int resample(DriverRatings ratings, long seed, double[][] lmgs, double[][] weights,
			double[] rSquareds) {
		Random random = new Random(seed);
		int n = ratings.size();
		int k = ratings.driverCount();
		int[] rows = new int[n];
		int used = 0;
		for (int b = 0; b < rSquareds.length; b++) {
			for (int i = 0; i < n; i++) {
				rows[i] = random.nextInt(n);
			}
			var correlations = Correlations.of(ratings, rows);
			if (correlations.isEmpty()) {
				continue;
			}
			double[] lmg = Lmg.shares(correlations.get());
			double[] weight = RelativeWeights.weights(correlations.get());
			for (int j = 0; j < k; j++) {
				lmgs[j][used] = lmg[j];
				weights[j][used] = weight[j];
				rSquareds[used] += lmg[j];
			}
			used++;
		}
		return used;
	}
}
