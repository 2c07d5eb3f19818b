package io.tanggap.survey;

import io.tanggap.OnH2;

@OnH2
class SurveyDistributionOnH2Tests extends SurveyDistributionTests {
}
