package io.tanggap.textanalytics;

import io.tanggap.OnH2;

@OnH2
class ThemeEditingOnH2Tests extends ThemeEditingTests {
}
