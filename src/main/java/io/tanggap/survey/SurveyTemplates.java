package io.tanggap.survey;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.tanggap.shared.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey templates shipped in {@code survey/templates/<key>.json}, read once at start-up. A
 * template that does not read or does not pass {@link SurveyDefinition#check()} stops the start,
 * naming the file, so that a broken template never reaches a customer.
 */
@Component
class SurveyTemplates {

	static final String LOCATION = "classpath:survey/templates/*.json";

	private final List<SurveyTemplate> templates;

	@Autowired
	SurveyTemplates(JsonMapper json) {
		this(json, LOCATION);
	}

	/** @param location a resource pattern for the template files, e.g. {@link #LOCATION} */
	SurveyTemplates(JsonMapper json, String location) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
			templates = Arrays.stream(resources).map(resource -> read(json, resource))
				.sorted(Comparator.comparing(SurveyTemplate::key)).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the survey templates in " + location, ex);
		}
	}

	/** @return every template, ordered by key */
	List<SurveyTemplate> all() {
		return templates;
	}

	Optional<SurveyTemplate> find(String key) {
		return templates.stream().filter(t -> t.key().equals(key)).findFirst();
	}

	private static SurveyTemplate read(JsonMapper json, Resource resource) {
		String file = String.valueOf(resource.getFilename());
		String where = resource.getDescription();
		SurveyTemplate template;
		try (InputStream in = resource.getInputStream()) {
			template = json.readValue(in, SurveyTemplate.class);
		}
		catch (IOException | JacksonException ex) {
			throw invalid(where, "it is not a readable template: " + ex.getMessage(), ex);
		}
		if (template.key() == null || !file.equals(template.key() + ".json")) {
			throw invalid(where, "its key " + template.key() + " does not match the file name", null);
		}
		if (template.name() == null || !template.name().has("id") || template.description() == null
				|| template.definition() == null) {
			throw invalid(where, "it needs a name with an Indonesian text, a description and a definition", null);
		}
		try {
			template.definition().check();
		}
		catch (Problem problem) {
			throw invalid(where, "its definition breaks the rule " + problem.getMessage(), problem);
		}
		return template;
	}

	private static IllegalStateException invalid(String where, String reason, Exception cause) {
		return new IllegalStateException("Invalid survey template " + where + ": " + reason, cause);
	}
}
