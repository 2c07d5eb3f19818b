package io.tanggap.survey;

/** What a question measures, so that the metrics module knows what to compute from it. */
public enum MetricRole {
	NONE, NPS, CSAT, CES, DRIVER, OUTCOME
}
