package io.tanggap.feedback;

import io.tanggap.OnPostgres;

@OnPostgres
class ResponseChangeApiOnPostgresTests extends ResponseChangeApiTests {
}
