package io.tanggap.identity;

import java.time.Instant;
import java.util.UUID;

import io.tanggap.shared.WorkspaceId;

/**
 * One security-relevant action: who did what, when, from where.
 * @param workspace empty (null) only for a failed sign-in to an unknown address
 * @param client the client's address, or {@code "cli"} for the jar's commands
 */
public record AuditEntry(UUID id, WorkspaceId workspace, Instant occurredAt, String actor, String action,
		String detail, String client) {
}
