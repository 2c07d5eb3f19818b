package io.tanggap.textanalytics;

import io.tanggap.OnPostgres;

@OnPostgres
class ReanalysisOnPostgresTests extends ReanalysisTests {
}
