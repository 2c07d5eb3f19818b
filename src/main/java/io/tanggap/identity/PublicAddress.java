package io.tanggap.identity;

import org.springframework.stereotype.Component;

/** The address people use to reach the service, for links in messages, QR codes and printed cards. */
@Component
public class PublicAddress {

	private final String base;

	PublicAddress(IdentitySettings settings) {
		this.base = settings.publicUrl();
	}

	/** @return the address without a trailing slash, e.g. {@code https://tanggap.example.com} */
	public String base() {
		return base;
	}
}
