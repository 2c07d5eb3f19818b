package io.tanggap.feedback;

import io.tanggap.OnPostgres;

@OnPostgres
class ResponseIntakeOnPostgresTests extends ResponseIntakeTests {
}
