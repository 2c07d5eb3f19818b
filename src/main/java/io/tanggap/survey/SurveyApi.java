package io.tanggap.survey;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/** {@code /api/v1/surveys}: surveys, their drafts and published versions. */
@RestController
@RequestMapping("/api/v1/surveys")
class SurveyApi {

	/** A survey to create or the new state of its draft. */
	record SurveyRequest(String name, SurveyDefinition definition) {
		SurveyDefinition required() {
			if (definition == null) {
				throw Problem.invalid("required", "definition");
			}
			return definition;
		}
	}

	private final SurveyManagement surveys;

	SurveyApi(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	@GetMapping
	List<Survey> list() {
		return surveys.all(Actors.require());
	}

	@GetMapping("/{id}")
	Survey get(@PathVariable UUID id) {
		return surveys.get(Actors.require(), new SurveyId(id));
	}

	@GetMapping("/{id}/versions/{version}")
	SurveyDefinition version(@PathVariable UUID id, @PathVariable int version) {
		return surveys.version(Actors.require().workspace(), new SurveyId(id), version);
	}

	@PostMapping
	ResponseEntity<Survey> create(@RequestBody SurveyRequest request) {
		Survey created = surveys.create(Actors.require(), request.name(), request.required());
		return ResponseEntity.created(URI.create("/api/v1/surveys/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	Survey edit(@PathVariable UUID id, @RequestBody SurveyRequest request) {
		return surveys.edit(Actors.require(), new SurveyId(id), request.name(), request.required());
	}

	@PostMapping("/{id}/publish")
	Survey publish(@PathVariable UUID id) {
		return surveys.publish(Actors.require(), new SurveyId(id));
	}

	@PostMapping("/{id}/close")
	Survey close(@PathVariable UUID id) {
		return surveys.close(Actors.require(), new SurveyId(id));
	}
}
