package io.tanggap.survey;

/**
 * What to do with an answer to a question that skip logic hides. The API refuses it (the caller
 * can know the rules); a web form without JavaScript shows every question, so there it is dropped.
 */
public enum HiddenAnswers {
	REJECT, IGNORE
}
