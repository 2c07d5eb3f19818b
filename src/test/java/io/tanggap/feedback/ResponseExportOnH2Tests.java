package io.tanggap.feedback;

import io.tanggap.OnH2;

@OnH2
class ResponseExportOnH2Tests extends ResponseExportTests {
}
