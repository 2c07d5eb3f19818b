package io.tanggap.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.tanggap.shared.WorkspaceId;

/** A person who signs in to one workspace. The password is kept only as a bcrypt hash. */
record User(UUID id, WorkspaceId workspace, String email, String displayName, String passwordHash, Role role,
		String language, Instant createdAt) {

	Actor actor() {
		return new Actor(workspace, role, email, Optional.of(id));
	}
}
