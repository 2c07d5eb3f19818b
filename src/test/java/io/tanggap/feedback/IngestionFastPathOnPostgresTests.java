package io.tanggap.feedback;

import io.tanggap.OnPostgres;

@OnPostgres
class IngestionFastPathOnPostgresTests extends IngestionFastPathTests {
}
