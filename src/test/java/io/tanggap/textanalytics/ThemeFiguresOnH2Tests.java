package io.tanggap.textanalytics;

import io.tanggap.OnH2;

@OnH2
class ThemeFiguresOnH2Tests extends ThemeFiguresTests {
}
