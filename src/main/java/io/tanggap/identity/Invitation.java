package io.tanggap.identity;

import java.time.Instant;
import java.util.UUID;

import io.tanggap.shared.WorkspaceId;

/** An invitation by link to join a workspace with a role; the link's token is kept only as a hash. */
record Invitation(UUID id, WorkspaceId workspace, String email, Role role, String tokenHash, String invitedBy,
		Instant createdAt, Instant expiresAt, Instant acceptedAt, Instant revokedAt) {

	enum Status {
		OPEN, ACCEPTED, REVOKED, EXPIRED
	}

	Status status(Instant now) {
		if (acceptedAt != null) {
			return Status.ACCEPTED;
		}
		if (revokedAt != null) {
			return Status.REVOKED;
		}
		return now.isAfter(expiresAt) ? Status.EXPIRED : Status.OPEN;
	}
}
