package io.tanggap.textanalytics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.tanggap.shared.Problem;

/**
 * A theme as typed into the settings page or sent to {@code /api/v1/themes}, before it is checked.
 * {@link #problems()} are its mistakes, each a {@link Problem} naming the field (as in the API's
 * JSON): the rules of {@link Theme} and a few limits, checked here so that a mistake is a
 * translated message or a 422 problem, never an exception of {@link Theme} or a half-saved theme.
 * Keywords are compared as the reading compares them: stripped and in lower case.
 *
 * @param key lower-case letters, digits and underscores, starting with a letter, at most 40
 * @param nameId the name in Bahasa Indonesia, at most {@value #MAX_NAME} characters
 * @param nameEn the name in English, likewise
 * @param keywords words and phrases in either language, 1 to {@value #MAX_KEYWORDS}, each at most
 *        {@value #MAX_KEYWORD} characters, none empty and none twice
 */
record ThemeDraft(String key, String nameId, String nameEn, List<String> keywords) {

	static final int MAX_NAME = 60;
	static final int MAX_KEYWORD = 60;
	static final int MAX_KEYWORDS = 100;
	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

	/** @return the draft's mistakes, in the order of its fields; empty when it makes a valid theme */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (key == null || key.isBlank()) {
			problems.add(Problem.invalid("required", "key"));
		}
		else if (!KEY.matcher(key.strip()).matches()) {
			problems.add(Problem.invalid("theme-key", key.strip()));
		}
		name(nameId, "nameId", problems);
		name(nameEn, "nameEn", problems);
		List<String> typed = keywords == null ? List.of() : keywords;
		if (typed.isEmpty()) {
			problems.add(Problem.invalid("theme-keywords-required"));
		}
		else if (typed.size() > MAX_KEYWORDS) {
			problems.add(Problem.invalid("theme-keywords-too-many", MAX_KEYWORDS));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < typed.size(); i++) {
			String keyword = normal(typed.get(i));
			if (keyword.isEmpty()) {
				problems.add(Problem.invalid("theme-keyword-empty", i + 1));
			}
			else if (keyword.length() > MAX_KEYWORD) {
				problems.add(Problem.invalid("theme-keyword-too-long", keyword.substring(0, 20) + "…", MAX_KEYWORD));
			}
			else if (keyword.chars().anyMatch(Character::isISOControl)) {
				problems.add(Problem.invalid("control-characters", "keywords"));
			}
			else if (!seen.add(keyword)) {
				problems.add(Problem.invalid("theme-keyword-duplicate", keyword));
			}
		}
		return problems;
	}

	/**
	 * @return the theme
	 * @throws Problem the first of {@link #problems()}
	 */
	Theme theme() {
		List<Problem> problems = problems();
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return new Theme(key.strip(), nameId.strip(), nameEn.strip(), keywords.stream().map(ThemeDraft::normal).toList());
	}

	/** @return the same draft with another key (an edit keeps the theme's) */
	ThemeDraft withKey(String other) {
		return new ThemeDraft(other, nameId, nameEn, keywords);
	}

	static ThemeDraft of(Theme theme) {
		return new ThemeDraft(theme.key(), theme.nameId(), theme.nameEn(), theme.keywords());
	}

	private static void name(String name, String field, List<Problem> problems) {
		if (name == null || name.isBlank()) {
			problems.add(Problem.invalid("required", field));
		}
		else if (name.strip().length() > MAX_NAME) {
			problems.add(Problem.invalid("too-long", field, MAX_NAME));
		}
		else if (name.chars().anyMatch(Character::isISOControl)) {
			problems.add(Problem.invalid("control-characters", field));
		}
	}

	private static String normal(String keyword) {
		return keyword == null ? "" : keyword.strip().toLowerCase(Locale.ROOT);
	}
}
