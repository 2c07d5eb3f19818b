package io.tanggap.textanalytics;

import io.tanggap.OnPostgres;

@OnPostgres
class ThemeFiguresOnPostgresTests extends ThemeFiguresTests {
}
