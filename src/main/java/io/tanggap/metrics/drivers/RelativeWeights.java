package io.tanggap.metrics.drivers;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Johnson's (2000) relative weights: the drivers are replaced by their closest orthogonal
 * counterparts, Λ = V diag(√λ) V' from the eigen-decomposition R_xx = V diag(λ) V'; the outcome is
 * regressed on those, β = Λ⁻¹ r_xy; driver j's weight is ε_j = Σ_k Λ_jk² β_k². The weights sum to
 * R². Eigenvalues below {@link SubsetFit#COLLINEAR} count as zero (a pseudo-inverse), so perfectly
 * collinear drivers still give weights that sum to R².
 */
final class RelativeWeights {

	private RelativeWeights() {
	}

	/** @return the weight of each driver, in the order of the correlations */
	static double[] weights(Correlations correlations) {
		int k = correlations.size();
		EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(correlations.xx(), false));
		RealMatrix vectors = eigen.getV();
		double[] values = eigen.getRealEigenvalues();
		double[][] lambda = new double[k][k];
		double[][] lambdaInverse = new double[k][k];
		for (int a = 0; a < k; a++) {
			for (int b = 0; b < k; b++) {
				for (int e = 0; e < k; e++) {
					double product = vectors.getEntry(a, e) * vectors.getEntry(b, e);
					if (values[e] > SubsetFit.COLLINEAR) {
						lambda[a][b] += product * Math.sqrt(values[e]);
						lambdaInverse[a][b] += product / Math.sqrt(values[e]);
					}
				}
			}
		}
		double[] beta = new double[k];
		for (int a = 0; a < k; a++) {
			for (int b = 0; b < k; b++) {
				beta[a] += lambdaInverse[a][b] * correlations.xy()[b];
			}
		}
		double[] weights = new double[k];
		for (int j = 0; j < k; j++) {
			for (int e = 0; e < k; e++) {
				weights[j] += lambda[j][e] * lambda[j][e] * beta[e] * beta[e];
			}
		}
		return weights;
	}

	/** @return λ_max / λ_min of the drivers' correlations; infinite when they are singular */
	static double conditionNumber(Correlations correlations) {
		double[] values = new EigenDecomposition(new Array2DRowRealMatrix(correlations.xx(), false))
			.getRealEigenvalues();
		double max = Double.NEGATIVE_INFINITY;
		double min = Double.POSITIVE_INFINITY;
		for (double value : values) {
			max = Math.max(max, value);
			min = Math.min(min, value);
		}
		return min <= 0 ? Double.POSITIVE_INFINITY : max / min;
	}
}
