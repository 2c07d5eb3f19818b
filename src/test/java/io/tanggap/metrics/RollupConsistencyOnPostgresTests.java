package io.tanggap.metrics;

import io.tanggap.OnPostgres;

@OnPostgres
class RollupConsistencyOnPostgresTests extends RollupConsistencyTests {
}
