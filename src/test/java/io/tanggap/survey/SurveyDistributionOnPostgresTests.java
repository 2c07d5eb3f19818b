package io.tanggap.survey;

import io.tanggap.OnPostgres;

@OnPostgres
class SurveyDistributionOnPostgresTests extends SurveyDistributionTests {
}
