package io.tanggap.feedback;

import io.tanggap.OnH2;

@OnH2
class ResponseBrowsingOnH2Tests extends ResponseBrowsingTests {
}
