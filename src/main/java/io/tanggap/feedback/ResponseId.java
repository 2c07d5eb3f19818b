package io.tanggap.feedback;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a survey response. */
public record ResponseId(@JsonValue UUID value) {

	public ResponseId {
		Objects.requireNonNull(value, "value must not be null");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
