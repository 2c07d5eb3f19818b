package io.tanggap.survey;

/**
 * The kinds of question. A scored type has a fixed scale ({@link #min()}..{@link #max()}); the
 * metrics module counts its answers per score value.
 */
public enum QuestionType {
	/** Net Promoter Score: "how likely are you to recommend…", 0–10. */
	NPS(0, 10),
	/** Customer satisfaction on 1–5. */
	CSAT_5(1, 5),
	/** Customer satisfaction on 1–7. */
	CSAT_7(1, 7),
	/** Customer satisfaction on 1–10. */
	CSAT_10(1, 10),
	/** Customer satisfaction as yes (1) or no (0). */
	CSAT_YES_NO(0, 1),
	/** Customer effort: "it was easy to handle my issue", 1 (strongly disagree) – 7 (strongly agree). */
	CES(1, 7),
	/** A rating of one to five stars. */
	RATING_STARS(1, 5),
	/** A rating on five numbered faces with neutral labels. */
	RATING_FACES(1, 5),
	SINGLE_CHOICE,
	MULTIPLE_CHOICE,
	/** Open text. */
	TEXT,
	/** An e-mail address or phone number the customer leaves to be contacted. */
	CONTACT,
	/** A yes/no consent, e.g. to be contacted about the answer. */
	CONSENT;

	private final Integer min;
	private final Integer max;

	QuestionType() {
		this(null, null);
	}

	QuestionType(Integer min, Integer max) {
		this.min = min;
		this.max = max;
	}

	public boolean scored() {
		return min != null;
	}

	public boolean choice() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	/** @return the lowest score; only for scored types */
	public int min() {
		return min;
	}

	/** @return the highest score; only for scored types */
	public int max() {
		return max;
	}
}
