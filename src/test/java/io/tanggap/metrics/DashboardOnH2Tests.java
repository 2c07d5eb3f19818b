package io.tanggap.metrics;

import io.tanggap.OnH2;

@OnH2
class DashboardOnH2Tests extends DashboardTests {
}
