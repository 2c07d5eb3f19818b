package io.tanggap.metrics;

import io.tanggap.OnPostgres;

@OnPostgres
class SurveyDriversOnPostgresTests extends SurveyDriversTests {
}
