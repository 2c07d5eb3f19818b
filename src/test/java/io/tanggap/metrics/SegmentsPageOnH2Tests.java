package io.tanggap.metrics;

import io.tanggap.OnH2;

@OnH2
class SegmentsPageOnH2Tests extends SegmentsPageTests {
}
