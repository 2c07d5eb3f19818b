package io.tanggap.metrics;

import io.tanggap.OnPostgres;

@OnPostgres
class SegmentsPageOnPostgresTests extends SegmentsPageTests {
}
