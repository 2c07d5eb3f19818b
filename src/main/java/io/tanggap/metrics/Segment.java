package io.tanggap.metrics;

import java.util.UUID;

import io.tanggap.feedback.Channel;

/**
 * Which answers a figure counts, by the rollups' standard dimensions; a null part means all.
 * An empty touchpoint means answers given without one.
 */
public record Segment(UUID survey, Channel channel, UUID branch, String touchpoint) {

	public static final Segment ALL = new Segment(null, null, null, null);
}
