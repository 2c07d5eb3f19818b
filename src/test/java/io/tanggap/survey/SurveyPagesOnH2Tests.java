package io.tanggap.survey;

import io.tanggap.OnH2;

@OnH2
class SurveyPagesOnH2Tests extends SurveyPagesTests {
}
