package io.tanggap.metrics;

import io.tanggap.OnH2;

@OnH2
class SurveyDriversOnH2Tests extends SurveyDriversTests {
}
