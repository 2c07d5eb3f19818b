package io.tanggap.demo;

import org.springframework.test.context.TestPropertySource;

import io.tanggap.OnH2;

@OnH2
@TestPropertySource(properties = { "test.database=demo", "tanggap.demo.responses-per-day=0.3" })
class DemoBusinessOnH2Tests extends DemoBusinessTests {
}
