package io.tanggap.textanalytics;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear model over hashed features for the three sentiments, in {@link Sentiment} order: a
 * weight per feature and sentiment, a bias per sentiment and a temperature that calibrates the
 * softmax of the scores into probabilities. Stored as 16-bit weights with one scale, gzipped:
 * the same model always gives the same bytes. Immutable and thread-safe.
 */
final class LinearModel {

	static final int CLASSES = 3;
	private static final int MAGIC = 0x54475331; // "TGS1"

	private final int dimensions;
	private final float[] weights;
	private final float[] bias;
	private final float temperature;

	/**
	 * @param weights {@code dimensions * 3} weights, feature-major: {@code weights[feature * 3 + sentiment]}
	 */
	LinearModel(int dimensions, float[] weights, float[] bias, float temperature) {
		if (weights.length != dimensions * CLASSES || bias.length != CLASSES || !(temperature > 0)) {
			throw new IllegalArgumentException("a model needs " + dimensions * CLASSES + " weights, 3 biases and a positive temperature");
		}
		this.dimensions = dimensions;
		this.weights = weights;
		this.bias = bias;
		this.temperature = temperature;
	}

	int dimensions() {
		return dimensions;
	}

	/** The same model with another temperature. */
	LinearModel withTemperature(float newTemperature) {
		return new LinearModel(dimensions, weights, bias, newTemperature);
	}

	/** Writes the raw scores of each sentiment into {@code scores}. */
	void scores(FeatureVector x, double[] scores) {
		double s0 = bias[0], s1 = bias[1], s2 = bias[2];
		for (int k = 0; k < x.size; k++) {
			int base = x.indices[k] * CLASSES;
			float v = x.values[k];
			s0 += weights[base] * v;
			s1 += weights[base + 1] * v;
			s2 += weights[base + 2] * v;
		}
		scores[0] = s0;
		scores[1] = s1;
		scores[2] = s2;
	}

	/** Writes the calibrated probability of each sentiment into {@code probabilities}. */
	void probabilities(FeatureVector x, double[] probabilities) {
		scores(x, probabilities);
		softmax(probabilities, temperature);
	}

	static void softmax(double[] scores, double temperature) {
		double max = Math.max(scores[0], Math.max(scores[1], scores[2]));
		double sum = 0;
		for (int k = 0; k < CLASSES; k++) {
			scores[k] = Math.exp((scores[k] - max) / temperature);
			sum += scores[k];
		}
		for (int k = 0; k < CLASSES; k++) {
			scores[k] /= sum;
		}
	}

	void write(OutputStream out) throws IOException {
		float max = 0;
		for (float w : weights) {
			max = Math.max(max, Math.abs(w));
		}
		float scale = max == 0 ? 1f : max / Short.MAX_VALUE;
		GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
		DataOutputStream data = new DataOutputStream(zip);
		data.writeInt(MAGIC);
		data.writeInt(dimensions);
		data.writeFloat(temperature);
		data.writeFloat(scale);
		for (float b : bias) {
			data.writeFloat(b);
		}
		for (float w : weights) {
			data.writeShort(Math.round(w / scale));
		}
		data.flush();
		zip.finish();
	}

	static LinearModel read(InputStream in) {
		try (DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
			if (data.readInt() != MAGIC) {
				throw new IllegalStateException("not a Tanggap sentiment model");
			}
			int dimensions = data.readInt();
			float temperature = data.readFloat();
			float scale = data.readFloat();
			float[] bias = { data.readFloat(), data.readFloat(), data.readFloat() };
			float[] weights = new float[dimensions * CLASSES];
			byte[] raw = new byte[weights.length * 2];
			data.readFully(raw);
			java.nio.ShortBuffer shorts = java.nio.ByteBuffer.wrap(raw).asShortBuffer(); // big-endian, as written
			for (int i = 0; i < weights.length; i++) {
				weights[i] = shorts.get(i) * scale;
			}
			return new LinearModel(dimensions, weights, bias, temperature);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read the sentiment model", e);
		}
	}
}
