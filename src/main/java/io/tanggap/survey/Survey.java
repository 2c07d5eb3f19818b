package io.tanggap.survey;

import java.time.Instant;

import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/**
 * A survey: a draft definition people edit, and the published versions respondents answer. A
 * survey is a draft until first published; publishing freezes the draft as the next version; a
 * closed survey takes no answers until it is published again.
 * @param publishedVersion the version respondents answer now; null before the first publication
 */
public record Survey(SurveyId id, WorkspaceId workspace, String name, Status status, SurveyDefinition draft,
		Integer publishedVersion, Instant createdAt, Instant updatedAt) {

	public enum Status {
		DRAFT, PUBLISHED, CLOSED
	}

	Survey edit(String newName, SurveyDefinition newDraft, Instant at) {
		return new Survey(id, workspace, newName, status, newDraft, publishedVersion, createdAt, at);
	}

	Survey publish(Instant at) {
		int next = publishedVersion == null ? 1 : publishedVersion + 1;
		return new Survey(id, workspace, name, Status.PUBLISHED, draft, next, createdAt, at);
	}

	Survey close(Instant at) {
		if (status != Status.PUBLISHED) {
			throw Problem.conflict("survey-not-published", name);
		}
		return new Survey(id, workspace, name, Status.CLOSED, draft, publishedVersion, createdAt, at);
	}

	boolean open() {
		return status == Status.PUBLISHED;
	}
}
