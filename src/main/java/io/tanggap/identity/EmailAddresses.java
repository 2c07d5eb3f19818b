package io.tanggap.identity;

import java.util.Locale;
import java.util.regex.Pattern;

import io.tanggap.shared.Problem;

/** E-mail addresses as Tanggap accepts them: one {@code @}, a dotted domain, no spaces; kept lower-case. */
public final class EmailAddresses {

	/** Used with {@code @Email(regexp = ...)} in addition to Bean Validation's own syntax check. */
	static final String PATTERN = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$";

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private EmailAddresses() {
	}

	/** @return the address in lower case; a 422 problem {@code email-invalid} when it is not one */
	public static String normalise(String email) {
		String trimmed = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (trimmed.length() > 254 || !COMPILED.matcher(trimmed).matches()) {
			throw Problem.invalid("email-invalid", email == null ? "" : email);
		}
		return trimmed;
	}
}
