package org.onedoor.appeals.routing;

import java.util.Random;

/**
 * Truncated SVD of a sparse matrix by randomised subspace iteration (Halko, Martinsson and Tropp 2011,
 * algorithm 4.4), small enough to keep in plain Java instead of a linear-algebra dependency: a few
 * products of the sparse matrix with a thin dense one, Gram–Schmidt, and a Jacobi eigen-decomposition
 * of a (k + 10)² matrix.
 */
final class ClassifierSvd {

	private static final int OVERSAMPLING = 10;

	private static final int POWER_ITERATIONS = 4;

	private ClassifierSvd() {
	}

	/**
	 * U·√Σ of the best rank-k approximation of the n × n matrix given as compressed sparse rows.
	 * @return n rows of k values
	 */
	static double[][] leftVectors(int[] rows, int[] cols, float[] values, int n, int k, Random random) {
		int m = Math.min(n, k + OVERSAMPLING);
		double[][] q = new double[n][m];
		for (double[] row : q) {
			for (int j = 0; j < m; j++) {
				row[j] = random.nextGaussian();
			}
		}
		q = orthonormal(times(rows, cols, values, q, m, false));
		for (int it = 0; it < POWER_ITERATIONS; it++) {
			double[][] z = orthonormal(times(rows, cols, values, q, m, true));
			q = orthonormal(times(rows, cols, values, z, m, false));
		}
		// Q^T A A^T Q = W Λ W^T, so A ≈ (Q W) Σ (…) with Σ = √Λ
		double[][] z = times(rows, cols, values, q, m, true);
		double[][] c = new double[m][m];
		for (double[] row : z) {
			for (int a = 0; a < m; a++) {
				for (int b = a; b < m; b++) {
					c[a][b] += row[a] * row[b];
				}
			}
		}
		for (int a = 0; a < m; a++) {
			for (int b = 0; b < a; b++) {
				c[a][b] = c[b][a];
			}
		}
		double[][] w = new double[m][m];
		double[] lambda = jacobi(c, w);
		Integer[] order = new Integer[m];
		for (int j = 0; j < m; j++) {
			order[j] = j;
		}
		java.util.Arrays.sort(order, (a, b) -> Double.compare(lambda[b], lambda[a]));
		double[][] result = new double[n][k];
		for (int i = 0; i < n; i++) {
			for (int d = 0; d < Math.min(k, m); d++) {
				int col = order[d];
				double s = 0;
				for (int j = 0; j < m; j++) {
					s += q[i][j] * w[j][col];
				}
				result[i][d] = s * Math.pow(Math.max(lambda[col], 0), 0.25);
			}
		}
		return result;
	}

	/** A·X, or A^T·X when transposed; X is n × m. */
	static double[][] times(int[] rows, int[] cols, float[] values, double[][] x, int m, boolean transposed) {
		double[][] out = new double[x.length][m];
		for (int i = 0; i + 1 < rows.length; i++) {
			for (int e = rows[i]; e < rows[i + 1]; e++) {
				double v = values[e];
				double[] target = transposed ? out[cols[e]] : out[i];
				double[] source = transposed ? x[i] : x[cols[e]];
				for (int j = 0; j < m; j++) {
					target[j] += v * source[j];
				}
			}
		}
		return out;
	}

	/**
	 * Modified Gram–Schmidt on the columns, twice (once is not enough in floating point). A column that
	 * lies (to rounding) in the span of the ones before it becomes zero instead of normalised rounding
	 * noise, which would not be orthogonal to them.
	 */
	static double[][] orthonormal(double[][] x) {
		int m = x[0].length;
		boolean[] dependent = new boolean[m];
		for (int pass = 0; pass < 2; pass++) {
			for (int j = 0; j < m; j++) {
				double before = 0;
				for (double[] row : x) {
					before += row[j] * row[j];
				}
				for (int p = 0; p < j; p++) {
					double dot = 0;
					for (double[] row : x) {
						dot += row[j] * row[p];
					}
					for (double[] row : x) {
						row[j] -= dot * row[p];
					}
				}
				double norm = 0;
				for (double[] row : x) {
					norm += row[j] * row[j];
				}
				dependent[j] |= norm <= before * 1e-20;
				double scale = dependent[j] || norm == 0 ? 0 : 1 / Math.sqrt(norm);
				for (double[] row : x) {
					row[j] *= scale;
				}
			}
		}
		return x;
	}

	/** Cyclic Jacobi: eigenvalues of the symmetric matrix a (destroyed), eigenvectors as columns of v. */
	static double[] jacobi(double[][] a, double[][] v) {
		int m = a.length;
		for (int i = 0; i < m; i++) {
			v[i][i] = 1;
		}
		for (int sweep = 0; sweep < 100; sweep++) {
			double off = 0;
			for (int p = 0; p < m; p++) {
				for (int q = p + 1; q < m; q++) {
					off += a[p][q] * a[p][q];
				}
			}
			if (off < 1e-22) {
				break;
			}
			for (int p = 0; p < m; p++) {
				for (int q = p + 1; q < m; q++) {
					if (Math.abs(a[p][q]) < 1e-300) {
						continue;
					}
					double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
					double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
					if (theta == 0) {
						t = 1;
					}
					double c = 1 / Math.sqrt(t * t + 1);
					double s = t * c;
					for (int r = 0; r < m; r++) {
						double arp = a[r][p];
						double arq = a[r][q];
						a[r][p] = c * arp - s * arq;
						a[r][q] = s * arp + c * arq;
					}
					for (int r = 0; r < m; r++) {
						double apr = a[p][r];
						double aqr = a[q][r];
						a[p][r] = c * apr - s * aqr;
						a[q][r] = s * apr + c * aqr;
					}
					for (int r = 0; r < m; r++) {
						double vrp = v[r][p];
						double vrq = v[r][q];
						v[r][p] = c * vrp - s * vrq;
						v[r][q] = s * vrp + c * vrq;
					}
				}
			}
		}
		double[] lambda = new double[m];
		for (int i = 0; i < m; i++) {
			lambda[i] = a[i][i];
		}
		return lambda;
	}

}
