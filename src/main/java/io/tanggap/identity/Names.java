package io.tanggap.identity;

import io.tanggap.shared.Problem;

/** Checks the short names people type: a person's display name, a key's name. */
final class Names {

	static final int MAX_LENGTH = 100;

	private Names() {
	}

	static String person(String name) {
		return required(name, "name");
	}

	static String required(String value, String field) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty()) {
			throw Problem.invalid("required", field);
		}
		if (stripped.length() > MAX_LENGTH) {
			throw Problem.invalid("too-long", field, MAX_LENGTH);
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw Problem.invalid("control-characters", field);
		}
		return stripped;
	}
}
