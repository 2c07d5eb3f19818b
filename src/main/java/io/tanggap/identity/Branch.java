package io.tanggap.identity;

import java.time.Instant;
import java.util.UUID;

import io.tanggap.shared.WorkspaceId;

/** A location of the business (café, clinic, store) that feedback and cases are attributed to. */
public record Branch(UUID id, WorkspaceId workspace, String name, String city, String address, Instant createdAt) {
}
