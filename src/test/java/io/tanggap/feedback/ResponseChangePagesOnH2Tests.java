package io.tanggap.feedback;

import io.tanggap.OnH2;

@OnH2
class ResponseChangePagesOnH2Tests extends ResponseChangePagesTests {
}
