package io.tanggap.feedback;

import io.tanggap.OnH2;

@OnH2
class IngestionFastPathOnH2Tests extends IngestionFastPathTests {
}
