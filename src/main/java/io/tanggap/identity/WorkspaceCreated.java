package io.tanggap.identity;

import io.tanggap.shared.WorkspaceId;

/**
 * A workspace was created (first-run setup, {@code bootstrap} or the demo). Modules that keep
 * per-workspace defaults (survey templates, theme taxonomies) listen to it.
 * @param how {@code setup}, {@code bootstrap} or {@code demo}
 */
public record WorkspaceCreated(WorkspaceId workspace, String name, String how) {
}
