package io.tanggap.metrics;

/**
 * What answers can be grouped by: the rollups' standard dimensions, or the answer to a choice
 * question of one survey (e.g. NPS by age band), which is counted from the raw answers.
 */
public enum Dimension {
	BRANCH, CHANNEL, TOUCHPOINT, SURVEY, QUESTION;

	/** @return the rollups' column for a standard dimension */
	String column() {
		return switch (this) {
			case BRANCH -> "branch_key";
			case CHANNEL -> "channel";
			case TOUCHPOINT -> "touchpoint";
			case SURVEY -> "survey_id";
			case QUESTION -> throw new IllegalStateException("Answers to a question are not in the rollups");
		};
	}
}
