package io.tanggap.identity;

import io.tanggap.OnPostgres;

@OnPostgres
class WebJourneyOnPostgresTests extends WebJourneyTests {
}
