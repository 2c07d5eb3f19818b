package io.tanggap.survey;

import io.tanggap.shared.WorkspaceId;

/** A survey version was published and now takes answers. */
public record SurveyPublished(WorkspaceId workspace, SurveyId survey, int version, String name) {
}
