package io.tanggap.feedback;

import io.tanggap.OnPostgres;

@OnPostgres
class ResponseBrowsingOnPostgresTests extends ResponseBrowsingTests {
}
