package io.tanggap.metrics;

import io.tanggap.OnH2;

@OnH2
class DriversPageOnH2Tests extends DriversPageTests {
}
