package io.tanggap.survey;

import io.tanggap.shared.WorkspaceId;

/** A survey taking answers now, with the published version respondents see. */
public record OpenSurvey(WorkspaceId workspace, SurveyId id, int version, SurveyDefinition definition) {
}
