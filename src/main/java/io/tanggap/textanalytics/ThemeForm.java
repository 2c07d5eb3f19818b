package io.tanggap.textanalytics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

import io.tanggap.shared.Problem;

/**
 * The settings page's form for a theme, as typed: keywords one word or phrase a line (blank lines
 * are no keywords); {@code enabled} is the edit page's checkbox, null when unticked. {@link #reject}
 * puts a {@link Problem} of the theme next to the field it is about.
 */
record ThemeForm(String key, String nameId, String nameEn, String keywords, Boolean enabled) {

	private static final Set<String> FIELDS = Set.of("key", "nameId", "nameEn", "keywords");

	/** The field of each problem whose first argument is not a field's name. */
	private static final Map<String, String> FIELD_OF = Map.of("theme-key", "key", "theme-key-taken", "key",
			"theme-keywords-required", "keywords", "theme-keywords-too-many", "keywords", "theme-keyword-empty", "keywords",
			"theme-keyword-too-long", "keywords", "theme-keyword-duplicate", "keywords");

	static ThemeForm empty() {
		return new ThemeForm("", "", "", "", true);
	}

	static ThemeForm of(Theme theme, boolean enabled) {
		return new ThemeForm(theme.key(), theme.nameId(), theme.nameEn(), String.join("\n", theme.keywords()), enabled);
	}

	boolean switchedOn() {
		return Boolean.TRUE.equals(enabled);
	}

	ThemeDraft draft() {
		List<String> lines = keywords == null ? List.of()
				: Arrays.stream(keywords.split("\\R")).filter(line -> !line.isBlank()).toList();
		return new ThemeDraft(key == null ? null : key.strip().toLowerCase(Locale.ROOT), nameId, nameEn, lines);
	}

	/**
	 * Shows a problem next to its field, unless that field already shows one, with a field's name in
	 * the page's words ({@code themes.field.<name>}); a problem of no one field goes above the form.
	 */
	static void reject(BindingResult errors, Problem problem, MessageSource messages, Locale locale) {
		Object[] args = problem.args();
		String field = FIELD_OF.get(problem.code());
		if (field == null && args.length > 0 && args[0] instanceof String name && FIELDS.contains(name)) {
			field = name;
			args[0] = messages.getMessage("themes.field." + name, null, name, locale);
		}
		if (field == null) {
			errors.reject(problem.messageKey(), args, problem.code());
		}
		else if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, problem.messageKey(), args, problem.code());
		}
	}
}
