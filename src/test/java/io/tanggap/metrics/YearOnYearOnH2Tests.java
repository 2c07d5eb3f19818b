package io.tanggap.metrics;

import io.tanggap.OnH2;

@OnH2
class YearOnYearOnH2Tests extends YearOnYearTests {
}
