package io.tanggap.identity;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.shared.Problem;

/** {@code /api/v1/workspace}: the caller's workspace and its settings. */
@RestController
@RequestMapping("/api/v1/workspace")
class WorkspaceApi {

	record WorkspaceView(String id, String name, String timeZone, String currency, String language) {
		static WorkspaceView of(Workspace w) {
			return new WorkspaceView(w.id().toString(), w.name(), w.timeZone().getId(), w.currency().getCurrencyCode(),
					w.language());
		}
	}

	private final WorkspaceSetup workspaces;

	WorkspaceApi(WorkspaceSetup workspaces) {
		this.workspaces = workspaces;
	}

	@GetMapping
	WorkspaceView get() {
		return workspaces.find(Actors.require().workspace()).map(WorkspaceView::of)
				.orElseThrow(() -> Problem.notFound("workspace"));
	}

	@PutMapping
	WorkspaceView change(@Validated @RequestBody Forms.WorkspaceDetails details) {
		return WorkspaceView.of(workspaces.change(Actors.require(), details.name(), details.timeZone(),
				details.currency(), details.language()));
	}
}
