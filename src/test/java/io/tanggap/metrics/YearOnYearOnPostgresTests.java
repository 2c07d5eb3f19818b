package io.tanggap.metrics;

import io.tanggap.OnPostgres;

@OnPostgres
class YearOnYearOnPostgresTests extends YearOnYearTests {
}
