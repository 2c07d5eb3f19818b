package io.tanggap.feedback;

import io.tanggap.OnH2;

@OnH2
class RespondentPageOnH2Tests extends RespondentPageTests {
}
