package io.tanggap.metrics.drivers;

/**
 * R² of regressions on subsets of the drivers, from correlations alone: R²(S) = r' R_SS⁻¹ r, found
 * by a Cholesky factorisation of R_SS. A driver that is (within {@link #COLLINEAR}) a linear
 * combination of those before it in S adds nothing and is skipped, which gives the R² of the
 * regression on S without it, the same as a least-squares fit with the redundant column dropped.
 */
final class SubsetFit {

	/** A driver's unexplained share of variance below which it counts as a combination of the others. */
	static final double COLLINEAR = 1e-10;

	private final double[][] xx;

	private final double[][] lower;

	private final int[] members;

	private final double[] solution;

	SubsetFit(double[][] xx) {
		this.xx = xx;
		int k = xx.length;
		this.lower = new double[k][k];
		this.members = new int[k];
		this.solution = new double[k];
	}

	/**
	 * @param subset the drivers as bits of a mask (bit j for driver j)
	 * @param target the correlations of the variable explained with each driver
	 * @return R² of the variable explained on the drivers of the subset; 0 for the empty subset
	 */
	double rSquared(int subset, double[] target) {
		int m = 0;
		for (int j = 0; j < xx.length; j++) {
			if ((subset & (1 << j)) != 0) {
				members[m++] = j;
			}
		}
		double explained = 0;
		for (int i = 0; i < m; i++) {
			double[] row = lower[i];
			for (int j = 0; j < i; j++) {
				if (lower[j][j] == 0) {
					row[j] = 0;
					continue;
				}
				double sum = xx[members[i]][members[j]];
				for (int p = 0; p < j; p++) {
					sum -= row[p] * lower[j][p];
				}
				row[j] = sum / lower[j][j];
			}
			double residual = xx[members[i]][members[i]];
			double fitted = target[members[i]];
			for (int p = 0; p < i; p++) {
				residual -= row[p] * row[p];
				fitted -= row[p] * solution[p];
			}
			if (residual <= COLLINEAR) {
				row[i] = 0;
				solution[i] = 0;
			}
			else {
				row[i] = Math.sqrt(residual);
				solution[i] = fitted / row[i];
				explained += solution[i] * solution[i];
			}
		}
		return explained;
	}
}
