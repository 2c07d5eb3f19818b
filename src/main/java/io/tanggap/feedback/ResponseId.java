package io.tanggap.feedback;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/** Identifies a survey response. */
public record ResponseId(@JsonValue UUID value) {

	private static final TimeBasedEpochGenerator TIME_ORDERED = Generators.timeBasedEpochGenerator();

	/**
	 * @return a new id that sorts after the ones made before it (a version 7 UUID): new responses are
	 * appended to the end of the table's indexes instead of touching a random page of each.
	 */
	static ResponseId next() {
		return new ResponseId(TIME_ORDERED.generate());
	}

	public ResponseId {
		Objects.requireNonNull(value, "value must not be null");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
