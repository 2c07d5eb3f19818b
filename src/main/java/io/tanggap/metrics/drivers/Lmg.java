package io.tanggap.metrics.drivers;

/**
 * LMG shares (Lindeman, Merenda and Gold; the Shapley value of R²): each driver's increase in R²
 * when it enters the regression, averaged over all orders of entry. Computed over all 2^k subsets,
 * a subset of size s not containing driver j weighing s!(k−s−1)!/k!. The shares sum to the R² of
 * all drivers, as relaimpo's {@code lmg} with {@code rela = FALSE}.
 */
final class Lmg {

	private Lmg() {
	}

	/** @return the share of each driver, in the order of the correlations */
	static double[] shares(Correlations correlations) {
		int k = correlations.size();
		SubsetFit fit = new SubsetFit(correlations.xx());
		double[] rSquared = new double[1 << k];
		for (int subset = 1; subset < rSquared.length; subset++) {
			rSquared[subset] = fit.rSquared(subset, correlations.xy());
		}
		double[] weight = new double[k];
		for (int s = 0; s < k; s++) {
			weight[s] = factorial(s) * factorial(k - s - 1) / factorial(k);
		}
		double[] shares = new double[k];
		for (int subset = 0; subset < rSquared.length; subset++) {
			int size = Integer.bitCount(subset);
			for (int j = 0; j < k; j++) {
				int bit = 1 << j;
				if ((subset & bit) == 0) {
					shares[j] += weight[size] * (rSquared[subset | bit] - rSquared[subset]);
				}
			}
		}
		return shares;
	}

	/** Exact in a double up to 18!, well beyond the drivers supported. */
	private static double factorial(int n) {
		double product = 1;
		for (int i = 2; i <= n; i++) {
			product *= i;
		}
		return product;
	}
}
