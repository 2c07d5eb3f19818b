package io.tanggap.metrics;

import io.tanggap.OnH2;

@OnH2
class RollupConsistencyOnH2Tests extends RollupConsistencyTests {
}
