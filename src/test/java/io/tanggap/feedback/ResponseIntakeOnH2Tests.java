package io.tanggap.feedback;

import io.tanggap.OnH2;

@OnH2
class ResponseIntakeOnH2Tests extends ResponseIntakeTests {
}
