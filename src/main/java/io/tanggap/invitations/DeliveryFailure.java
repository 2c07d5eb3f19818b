package io.tanggap.invitations;

import java.util.Locale;

/**
 * Why an e-mail could not be sent, in words staff can act on. The stored error is the mail
 * library's message; these are the phrases Spring's mail sender and Jakarta Mail put into it.
 */
enum DeliveryFailure {

	/** The SMTP server did not answer: it is down, or the host or port is wrong. */
	CONNECTION,
	/** The SMTP server refused the installation's user name or password. */
	AUTHENTICATION,
	/** A server refused the recipient's address, e.g. a mailbox that does not exist. */
	RECIPIENT,
	/** Anything else the server or the library reported. */
	OTHER;

	/** @param error the stored error, must not be null */
	static DeliveryFailure of(String error) {
		String text = error.toLowerCase(Locale.ROOT);
		if (text.contains("authentication failed")) {
			return AUTHENTICATION;
		}
		if (text.contains("invalid addresses") || text.contains("smtpaddressfailedexception")
				|| text.contains("addressexception")) {
			return RECIPIENT;
		}
		if (text.contains("connection failed") || text.contains("couldn't connect") || text.contains("connectexception")) {
			return CONNECTION;
		}
		return OTHER;
	}
}
