package io.tanggap.identity;

import io.tanggap.OnH2;

@OnH2
class ApiAccessOnH2Tests extends ApiAccessTests {
}
