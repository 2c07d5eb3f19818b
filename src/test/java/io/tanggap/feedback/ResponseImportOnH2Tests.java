package io.tanggap.feedback;

import io.tanggap.OnH2;

@OnH2
class ResponseImportOnH2Tests extends ResponseImportTests {
}
