package io.tanggap.feedback;

/** How a response reached us. */
public enum Channel {
	LINK, QR, WIDGET, EMAIL, WHATSAPP, API, IMPORT
}
