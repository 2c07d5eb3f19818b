package io.tanggap.survey;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a survey; other modules hold this, never the survey itself. */
public record SurveyId(@JsonValue UUID value) {

	public SurveyId {
		Objects.requireNonNull(value, "value must not be null");
	}

	public static SurveyId random() {
		return new SurveyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
