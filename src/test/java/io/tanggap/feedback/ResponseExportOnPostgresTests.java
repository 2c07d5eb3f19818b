package io.tanggap.feedback;

import io.tanggap.OnPostgres;

@OnPostgres
class ResponseExportOnPostgresTests extends ResponseExportTests {
}
