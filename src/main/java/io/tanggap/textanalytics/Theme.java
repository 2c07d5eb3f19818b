package io.tanggap.textanalytics;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A theme comments can mention, such as waiting time or cleanliness, with the words and phrases
 * (in either language) that mention it.
 * @param key a stable identifier of lower-case letters, digits and underscores, e.g.
 *        {@code waiting_time}; what responses, filters and the API name the theme by
 * @param nameId the theme's name in Bahasa Indonesia, e.g. "Waktu tunggu"
 * @param nameEn the theme's name in English, e.g. "Waiting time"
 * @param keywords the words and phrases that mention it, lower-case, at least one, none empty and
 *        none twice
 */
public record Theme(String key, String nameId, String nameEn, List<String> keywords) {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	/** @throws IllegalArgumentException when the key, a name or a keyword breaks the rules above */
	public Theme {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("theme key must match " + KEY + ": " + key);
		}
		if (nameId == null || nameId.isBlank() || nameEn == null || nameEn.isBlank()) {
			throw new IllegalArgumentException("theme " + key + " needs a name in both languages");
		}
		keywords = keywords.stream().map(k -> k == null ? "" : k.strip().toLowerCase(Locale.ROOT)).toList();
		if (keywords.isEmpty() || keywords.stream().anyMatch(String::isEmpty)) {
			throw new IllegalArgumentException("theme " + key + " needs keywords, none of them empty");
		}
		if (keywords.stream().distinct().count() != keywords.size()) {
			throw new IllegalArgumentException("theme " + key + " lists a keyword twice");
		}
	}

	/** @return the name in the given language ({@code "en"} for English, Bahasa Indonesia otherwise) */
	public String name(String language) {
		return "en".equals(language) ? nameEn : nameId;
	}
}
