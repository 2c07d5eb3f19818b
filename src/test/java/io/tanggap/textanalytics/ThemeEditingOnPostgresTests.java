package io.tanggap.textanalytics;

import io.tanggap.OnPostgres;

@OnPostgres
class ThemeEditingOnPostgresTests extends ThemeEditingTests {
}
