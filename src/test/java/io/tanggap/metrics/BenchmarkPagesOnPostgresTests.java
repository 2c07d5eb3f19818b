package io.tanggap.metrics;

import io.tanggap.OnPostgres;

@OnPostgres
class BenchmarkPagesOnPostgresTests extends BenchmarkPagesTests {
}
