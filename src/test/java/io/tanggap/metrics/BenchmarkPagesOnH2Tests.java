package io.tanggap.metrics;

import io.tanggap.OnH2;

@OnH2
class BenchmarkPagesOnH2Tests extends BenchmarkPagesTests {
}
