package io.tanggap.identity;

import io.tanggap.OnPostgres;

@OnPostgres
class ApiAccessOnPostgresTests extends ApiAccessTests {
}
