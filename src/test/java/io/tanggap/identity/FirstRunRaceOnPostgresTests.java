package io.tanggap.identity;

import org.springframework.test.context.TestPropertySource;

import io.tanggap.OnPostgres;

@OnPostgres
@TestPropertySource(properties = "test.database=first-run-race")
class FirstRunRaceOnPostgresTests extends FirstRunRaceTests {
}
