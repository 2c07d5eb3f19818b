package io.tanggap.feedback;

import io.tanggap.OnH2;

@OnH2
class ResponseChangeApiOnH2Tests extends ResponseChangeApiTests {
}
