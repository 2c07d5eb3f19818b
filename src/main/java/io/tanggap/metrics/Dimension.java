package io.tanggap.metrics;

/**
 * What answers can be grouped by: the rollups' standard dimensions; or, counted from the raw
 * answers, the answer to a choice question of one survey (e.g. NPS by age band), the themes the
 * response's comments mention, or the sentiment of its comments.
 */
public enum Dimension {
	BRANCH, CHANNEL, TOUCHPOINT, SURVEY, QUESTION, THEME, SENTIMENT;

	/** @return whether the dimension is counted from the raw answers, not from the rollups */
	boolean scanned() {
		return this == QUESTION || this == THEME || this == SENTIMENT;
	}

	/** @return the rollups' column for a standard dimension */
	String column() {
		return switch (this) {
			case BRANCH -> "branch_key";
			case CHANNEL -> "channel";
			case TOUCHPOINT -> "touchpoint";
			case SURVEY -> "survey_id";
			case QUESTION, THEME, SENTIMENT -> throw new IllegalStateException(this + " is not in the rollups");
		};
	}
}
