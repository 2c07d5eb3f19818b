package io.tanggap.invitations;

import io.tanggap.OnPostgres;

@OnPostgres
class InvitationOnPostgresTests extends InvitationTests {
}
