package io.tanggap.identity;

import org.springframework.stereotype.Component;

/** The address people use to reach the service ({@code tanggap.identity.public-url}), for links they share. */
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

	/** @param path absolute within the service, starting with {@code /}; must not be null */
	public String of(String path) {
		return base + path;
	}
}
