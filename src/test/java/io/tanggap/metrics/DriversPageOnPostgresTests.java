package io.tanggap.metrics;

import io.tanggap.OnPostgres;

@OnPostgres
class DriversPageOnPostgresTests extends DriversPageTests {
}
