package io.tanggap.identity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/api-keys}: keys of the workspace (admins and owners). */
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeyApi {

	private final ApiKeyManagement keys;

	ApiKeyApi(ApiKeyManagement keys) {
		this.keys = keys;
	}

	@GetMapping
	List<ApiKeyManagement.KeySummary> list() {
		return keys.list(Actors.require());
	}

	@GetMapping("/{id}")
	ApiKeyManagement.KeySummary get(@PathVariable UUID id) {
		return keys.get(Actors.require(), id);
	}

	/** The response carries the key itself: the only time it can be read. */
	@PostMapping
	ResponseEntity<ApiKeyManagement.IssuedKey> create(@Validated @RequestBody Forms.NewApiKey request) {
		ApiKeyManagement.IssuedKey issued = keys.create(Actors.require(), request.name(), request.role());
		return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.id())).body(issued);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		keys.revoke(Actors.require(), id);
		return ResponseEntity.noContent().build();
	}
}
