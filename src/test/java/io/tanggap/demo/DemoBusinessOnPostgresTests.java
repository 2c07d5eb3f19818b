package io.tanggap.demo;

import org.springframework.test.context.TestPropertySource;

import io.tanggap.OnPostgres;

@OnPostgres
@TestPropertySource(properties = "test.database=demo")
class DemoBusinessOnPostgresTests extends DemoBusinessTests {
}
