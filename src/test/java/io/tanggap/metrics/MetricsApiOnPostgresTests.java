package io.tanggap.metrics;

import io.tanggap.OnPostgres;

@OnPostgres
class MetricsApiOnPostgresTests extends MetricsApiTests {
}
