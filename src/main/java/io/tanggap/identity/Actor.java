package io.tanggap.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/**
 * Who is calling: a signed-in user or an API key, always inside exactly one workspace.
 * @param workspace the workspace every read and write of this caller is scoped to
 * @param role what the caller may do
 * @param name the user's e-mail address or the API key's name, as written to the audit log
 * @param userId the user, empty for an API key or the command line
 */
public record Actor(WorkspaceId workspace, Role role, String name, Optional<UUID> userId) {

	public Actor {
		Objects.requireNonNull(workspace, "workspace must not be null");
		Objects.requireNonNull(role, "role must not be null");
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(userId, "userId must not be null");
	}

	public boolean may(Role needed) {
		return role.includes(needed);
	}

	/** @return this actor, or a 403 problem when its role does not include {@code needed} */
	public Actor requireRole(Role needed) {
		if (!may(needed)) {
			throw Problem.forbidden("role-required", needed.key());
		}
		return this;
	}
}
