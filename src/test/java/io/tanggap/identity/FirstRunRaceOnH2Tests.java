package io.tanggap.identity;

import org.springframework.test.context.TestPropertySource;

import io.tanggap.OnH2;

@OnH2
@TestPropertySource(properties = "test.database=first-run-race")
class FirstRunRaceOnH2Tests extends FirstRunRaceTests {
}
