package io.tanggap.textanalytics;

import java.util.Arrays;

/**
 * A sparse vector of hashed features: indices in ascending order, each once, with their values.
 */
final class FeatureVector {

	final int[] indices;
	final float[] values;
	final int size;

	FeatureVector(int[] indices, float[] values, int size) {
		this.indices = indices;
		this.values = values;
		this.size = size;
	}

	/**
	 * Counts each hashed index among the first {@code count} {@code hashes} and scales the counts to unit length.
	 * Sorts {@code hashes} in place.
	 */
	static FeatureVector counted(int[] hashes, int count, int[] denseIndices, float[] denseValues) {
		Arrays.sort(hashes, 0, count);
		int[] indices = new int[count + denseIndices.length];
		float[] values = new float[count + denseIndices.length];
		int size = 0;
		double norm = 0;
		for (int i = 0; i < count; ) {
			int j = i;
			while (j < count && hashes[j] == hashes[i]) {
				j++;
			}
			float value = j - i;
			indices[size] = hashes[i];
			values[size++] = value;
			norm += value * value;
			i = j;
		}
		float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
		for (int k = 0; k < size; k++) {
			values[k] *= scale;
		}
		for (int k = 0; k < denseIndices.length; k++) {
			if (denseValues[k] != 0f) {
				indices[size] = denseIndices[k];
				values[size++] = denseValues[k];
			}
		}
		return new FeatureVector(indices, values, size);
	}
}
