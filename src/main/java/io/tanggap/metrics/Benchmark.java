package io.tanggap.metrics;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.tanggap.shared.WorkspaceId;

/**
 * A figure from outside the workspace (a published industry average, say) that the workspace's own
 * figure of the same key is compared with, and where it comes from.
 *
 * @param details the figure and its provenance, as checked by {@link BenchmarkDetails#checked(int)}
 * @param createdBy who added it: a user's e-mail address or an API key's name
 */
record Benchmark(UUID id, WorkspaceId workspace, BenchmarkDetails details, String createdBy, Instant createdAt) {

	/** Where our figure lies against a benchmark. */
	enum Position {
		/** Our whole 95 % interval lies above the benchmark's value. */
		ABOVE,
		/** Our whole 95 % interval lies below the benchmark's value. */
		BELOW,
		/** The benchmark's value lies within our 95 % interval. */
		UNCLEAR;

		/** @return e.g. {@code above}, for message keys and style classes */
		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * Where our figure lies against this benchmark. A published benchmark states no uncertainty of
	 * its own, so it is taken as a fixed number and only our figure's 95 % interval decides: above or
	 * below only when the whole interval is, which is a two-sided test of our figure against that
	 * number at the 5 % level. Whether the two were measured alike is the reader's judgement, which
	 * is why the benchmark's method is shown with it.
	 *
	 * @return empty when our figure has no answers
	 * @throws IllegalArgumentException for a figure of another key
	 */
	Optional<Position> position(Figure ours) {
		if (!ours.key().equals(details.figure())) {
			throw new IllegalArgumentException("Cannot compare " + ours.key() + " with a benchmark of " + details.figure());
		}
		return ours.estimate().map(e -> e.low() > details.value() ? Position.ABOVE
				: e.high() < details.value() ? Position.BELOW : Position.UNCLEAR);
	}

	/** @return our figure's value minus the benchmark's, in their unit; empty without answers */
	Optional<Double> difference(Figure ours) {
		return ours.estimate().map(e -> e.value() - details.value());
	}
}
