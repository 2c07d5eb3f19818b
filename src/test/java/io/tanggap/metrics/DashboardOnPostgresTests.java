package io.tanggap.metrics;

import io.tanggap.OnPostgres;

@OnPostgres
class DashboardOnPostgresTests extends DashboardTests {
}
