package io.tanggap.metrics;

import io.tanggap.OnH2;

@OnH2
class BenchmarkApiOnH2Tests extends BenchmarkApiTests {
}
