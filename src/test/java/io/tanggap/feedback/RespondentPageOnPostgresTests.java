package io.tanggap.feedback;

import io.tanggap.OnPostgres;

@OnPostgres
class RespondentPageOnPostgresTests extends RespondentPageTests {
}
