package io.tanggap.invitations;

import io.tanggap.OnH2;

@OnH2
class InvitationListOnH2Tests extends InvitationListTests {
}
