package io.tanggap.identity;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import io.tanggap.shared.Problem;

/**
 * Password rules and hashing (bcrypt). bcrypt reads at most 72 bytes, so longer passwords are
 * refused rather than silently cut.
 */
@Component
class Passwords {

	static final int MIN_LENGTH = 10;
	static final int MAX_BYTES = 72;

	private final PasswordEncoder encoder;

	Passwords(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	String hash(String password) {
		check(password);
		return encoder.encode(password);
	}

	boolean matches(String password, String hash) {
		return password != null && encoder.matches(password, hash);
	}

	static void check(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw Problem.invalid("password-too-short", MIN_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw Problem.invalid("password-too-long", MAX_BYTES);
		}
		if (password.isBlank()) {
			throw Problem.invalid("password-too-short", MIN_LENGTH);
		}
	}
}
