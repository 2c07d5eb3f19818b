package io.tanggap.shared;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a workspace (tenant); every record of the platform belongs to exactly one. */
public record WorkspaceId(@JsonValue UUID value) {

	public WorkspaceId {
		Objects.requireNonNull(value, "value must not be null");
	}

	public static WorkspaceId random() {
		return new WorkspaceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
