package io.tanggap.demo;

import org.springframework.test.context.TestPropertySource;

import io.tanggap.OnPostgres;

@OnPostgres
@TestPropertySource(properties = { "test.database=demo", "tanggap.demo.responses-per-day=0.3" })
class DemoBusinessOnPostgresTests extends DemoBusinessTests {
}
