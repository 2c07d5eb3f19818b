package io.tanggap.invitations;

import io.tanggap.OnPostgres;

@OnPostgres
class InvitationListOnPostgresTests extends InvitationListTests {
}
