package io.tanggap.survey;

import java.util.Locale;

import io.tanggap.shared.Problem;

/** The channel a survey link is shared through, carried in its {@code ch} parameter. */
enum LinkChannel {
	LINK, QR, WHATSAPP, WIDGET, EMAIL;

	/** @return the value of the {@code ch} parameter, e.g. {@code qr} */
	String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the channel named (in any case); blank means {@link #LINK}; a 422 problem for any other name */
	static LinkChannel of(String name) {
		if (name == null || name.isBlank()) {
			return LINK;
		}
		for (LinkChannel channel : values()) {
			if (channel.parameter().equals(name.strip().toLowerCase(Locale.ROOT))) {
				return channel;
			}
		}
		throw Problem.invalid("channel-unknown", name);
	}
}
