package io.tanggap.metrics;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import io.tanggap.shared.WorkspaceId;

/**
 * The conditions on {@code survey_response r} that pick the raw responses of a period and segment,
 * for the queries that read raw answers (the scan path, key drivers): the period's local days
 * become instants in the workspace's zone; the nil branch and the empty touchpoint mean none, as in
 * the rollups.
 */
final class RawResponses {

	private RawResponses() {
	}

	/** @return the conditions, joined by AND, with their named parameters put into {@code params} */
	static String where(WorkspaceId workspace, ZoneId zone, Period period, Segment segment, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(
				"r.workspace_id = :workspace AND r.submitted_at >= :start AND r.submitted_at < :end");
		params.put("workspace", workspace.value());
		params.put("start", period.from().atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		params.put("end", period.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		if (segment.survey() != null) {
			where.append(" AND r.survey_id = :survey");
			params.put("survey", segment.survey());
		}
		if (segment.channel() != null) {
			where.append(" AND r.channel = :channel");
			params.put("channel", segment.channel().name());
		}
		if (segment.branch() != null) {
			where.append(RollupKey.NO_BRANCH.equals(segment.branch()) ? " AND r.branch_id IS NULL" : " AND r.branch_id = :branch");
			params.put("branch", segment.branch());
		}
		if (segment.touchpoint() != null) {
			String touchpoint = segment.touchpoint().strip();
			where.append(touchpoint.isEmpty() ? " AND r.touchpoint IS NULL" : " AND r.touchpoint = :touchpoint");
			params.put("touchpoint", touchpoint);
		}
		return where.toString();
	}
}
