package io.tanggap.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.tanggap.shared.WorkspaceId;

/**
 * A key for {@code /api/v1}, scoped to one workspace and one role. The full key is
 * {@code tg_<prefix>_<secret>}; only the prefix (to find it) and a hash of the secret are kept.
 */
record ApiKey(UUID id, WorkspaceId workspace, String name, String prefix, String secretHash, Role role,
		String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	boolean active() {
		return revokedAt == null;
	}

	Actor actor() {
		return new Actor(workspace, role, "api-key:" + name, Optional.empty());
	}
}
