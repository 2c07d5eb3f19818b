package io.tanggap.metrics;

import io.tanggap.OnH2;

@OnH2
class MetricsApiOnH2Tests extends MetricsApiTests {
}
