package io.tanggap.survey;

import io.tanggap.OnPostgres;

@OnPostgres
class SurveyTemplateApiOnPostgresTests extends SurveyTemplateApiTests {
}
