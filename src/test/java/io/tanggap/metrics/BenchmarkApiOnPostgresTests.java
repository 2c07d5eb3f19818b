package io.tanggap.metrics;

import io.tanggap.OnPostgres;

@OnPostgres
class BenchmarkApiOnPostgresTests extends BenchmarkApiTests {
}
