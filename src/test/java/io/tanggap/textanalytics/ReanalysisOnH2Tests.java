package io.tanggap.textanalytics;

import io.tanggap.OnH2;

@OnH2
class ReanalysisOnH2Tests extends ReanalysisTests {
}
