package io.tanggap.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mail library's errors become the few reasons staff can act on. */
class DeliveryFailureTests {

	@Test
	void tellsAnUnreachableServerFromARefusedSignInAndARefusedAddress() {
		assertThat(DeliveryFailure.of("Mail server connection failed. Failed messages: jakarta.mail.MessagingException: "
				+ "Couldn't connect to host, port: 127.0.0.1, 2525; timeout -1")).isEqualTo(DeliveryFailure.CONNECTION);
		assertThat(DeliveryFailure.of("Authentication failed")).isEqualTo(DeliveryFailure.AUTHENTICATION);
		assertThat(DeliveryFailure.of("Failed messages: jakarta.mail.SendFailedException: Invalid Addresses;\n"
				+ "  nested exception is:\n\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 User unknown"))
			.isEqualTo(DeliveryFailure.RECIPIENT);
		assertThat(DeliveryFailure.of("452 4.3.1 Insufficient system storage")).isEqualTo(DeliveryFailure.OTHER);
	}
}
