package io.tanggap.identity;

import java.util.List;
import java.util.Locale;

import io.tanggap.shared.Problem;

/** The languages of the staff interface: Bahasa Indonesia (default) and English. */
public final class Languages {

	public static final String DEFAULT = "id";
	public static final List<String> SUPPORTED = List.of("id", "en");

	private Languages() {
	}

	/** @return a supported language code; blank means the default */
	static String of(String code) {
		if (code == null || code.isBlank()) {
			return DEFAULT;
		}
		String normalised = code.strip().toLowerCase(Locale.ROOT);
		if (!SUPPORTED.contains(normalised)) {
			throw Problem.invalid("language-unsupported", code);
		}
		return normalised;
	}
}
