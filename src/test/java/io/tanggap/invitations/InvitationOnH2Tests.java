package io.tanggap.invitations;

import io.tanggap.OnH2;

@OnH2
class InvitationOnH2Tests extends InvitationTests {
}
