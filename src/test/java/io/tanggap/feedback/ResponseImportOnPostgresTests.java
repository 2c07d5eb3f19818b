package io.tanggap.feedback;

import io.tanggap.OnPostgres;

@OnPostgres
class ResponseImportOnPostgresTests extends ResponseImportTests {
}
