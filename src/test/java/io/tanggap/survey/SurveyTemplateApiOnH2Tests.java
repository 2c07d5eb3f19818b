package io.tanggap.survey;

import io.tanggap.OnH2;

@OnH2
class SurveyTemplateApiOnH2Tests extends SurveyTemplateApiTests {
}
