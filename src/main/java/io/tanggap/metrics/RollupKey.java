package io.tanggap.metrics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One cell of the histogram rollups: a score given to a question on a local day through one
 * channel, branch and touchpoint. No branch is the nil UUID and no touchpoint is the empty string,
 * so that every part of the key can take part in the table's primary key.
 */
record RollupKey(UUID workspace, LocalDate day, UUID survey, String question, String type, String role, String channel,
		UUID branch, String touchpoint, int score) {

	static final UUID NO_BRANCH = new UUID(0, 0);

	/** @return this key without its score: its line and day, the row of the rollup table that counts it */
	RollupKey line() {
		return new RollupKey(workspace, day, survey, question, type, role, channel, branch, touchpoint, 0);
	}
}
