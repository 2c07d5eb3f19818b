package io.tanggap.survey;

import io.tanggap.OnPostgres;

@OnPostgres
class SurveyPagesOnPostgresTests extends SurveyPagesTests {
}
