package io.tanggap.survey;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/** {@code /api/v1/survey-templates}: the ready-made surveys, and starting a survey from one. */
@RestController
class SurveyTemplateApi {

	/** A template in the list, without its questions. */
	record Summary(String key, Text name, Text description, int questions) {
		static Summary of(SurveyTemplate template) {
			return new Summary(template.key(), template.name(), template.description(),
					template.definition().questions().size());
		}
	}

	/** @param name blank or absent for the template's own name */
	record FromTemplate(String template, String name) {
	}

	private final SurveyTemplates templates;
	private final SurveyManagement surveys;

	SurveyTemplateApi(SurveyTemplates templates, SurveyManagement surveys) {
		this.templates = templates;
		this.surveys = surveys;
	}

	@GetMapping("/api/v1/survey-templates")
	List<Summary> list() {
		return templates.all().stream().map(Summary::of).toList();
	}

	@GetMapping("/api/v1/survey-templates/{key}")
	SurveyTemplate get(@PathVariable String key) {
		return templates.find(key).orElseThrow(() -> Problem.notFound("survey-template"));
	}

	@PostMapping("/api/v1/surveys/from-template")
	ResponseEntity<Survey> create(@RequestBody FromTemplate request) {
		if (request.template() == null || request.template().isBlank()) {
			throw Problem.invalid("required", "template");
		}
		Survey created = surveys.createFromTemplate(Actors.require(), request.template(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + created.id())).body(created);
	}
}
