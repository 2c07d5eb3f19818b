package io.tanggap.identity;

import java.time.ZoneId;

import io.tanggap.shared.WorkspaceId;

/**
 * A workspace's time zone changed, in the transaction this event is published in: whatever was
 * counted by local day (the metrics' rollups) must be counted again in the new zone.
 */
public record WorkspaceTimeZoneChanged(WorkspaceId workspace, ZoneId before, ZoneId after) {
}
