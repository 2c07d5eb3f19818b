package io.tanggap.shared;

import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** Reading the values of a filter form or query: blank means "not given", a value that cannot be read is a problem. */
public final class FilterValues {

	private FilterValues() {
	}

	public static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * @return the value read by {@code parser}, or null when blank
	 * @throws Problem {@code filter-value} naming the field when the parser refuses the value
	 */
	public static <T> T parsed(String value, String name, Function<String, T> parser) {
		if (blank(value)) {
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			throw Problem.invalid("filter-value", name);
		}
	}
}
