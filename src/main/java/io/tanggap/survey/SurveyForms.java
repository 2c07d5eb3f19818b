package io.tanggap.survey;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What people type into the survey pages. Texts come as one field per language ({@code id}, {@code en}),
 * the only languages a survey can have; {@link SurveyDefinition#check()} has the last word on every rule.
 */
final class SurveyForms {

	/** The language choices offered, the first language of each being the survey's default. */
	static final List<String> LANGUAGE_CHOICES = List.of("id,en", "id", "en,id", "en");

	private SurveyForms() {
	}

	record Blank(@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String name,
			String languages) {
	}

	record FromTemplate(@NotBlank(message = "{validation.required}") String template,
			@Size(max = 100, message = "{validation.too-long}") String name) {
	}

	/** The survey's name, languages, title and thank-you text. */
	record Details(@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String name,
			String languages, String titleId, String titleEn, String thankYouId, String thankYouEn, String coupon) {

		static Details of(Survey survey) {
			SurveyDefinition draft = survey.draft();
			return new Details(survey.name(), String.join(",", draft.languages()), draft.title().values().get("id"),
					draft.title().values().get("en"), draft.thankYou().values().get("id"),
					draft.thankYou().values().get("en"), draft.coupon());
		}

		SurveyDefinition applyTo(SurveyDefinition draft) {
			return Drafts.details(draft, SurveyForms.languages(languages), text(titleId, titleEn), text(thankYouId, thankYouEn),
					coupon);
		}
	}

	/** @return the languages of a choice such as {@code id,en}; an unknown choice is left for check() to refuse */
	static List<String> languages(String choice) {
		if (choice == null || choice.isBlank()) {
			return List.of("id");
		}
		return Arrays.stream(choice.split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** @return the texts typed, leaving out blank ones */
	static Text text(String indonesian, String english) {
		Map<String, String> values = new HashMap<>();
		if (indonesian != null && !indonesian.isBlank()) {
			values.put("id", indonesian.strip());
		}
		if (english != null && !english.isBlank()) {
			values.put("en", english.strip());
		}
		return new Text(values);
	}
}
