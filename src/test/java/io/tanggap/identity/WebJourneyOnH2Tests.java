package io.tanggap.identity;

import io.tanggap.OnH2;

@OnH2
class WebJourneyOnH2Tests extends WebJourneyTests {
}
