package io.tanggap.feedback;

import io.tanggap.OnPostgres;

@OnPostgres
class ResponseChangePagesOnPostgresTests extends ResponseChangePagesTests {
}
