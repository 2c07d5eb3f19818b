package io.tanggap.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.tanggap.shared.WorkspaceId;

/**
 * The {@link CommentReadings} of the application if a module offers them; else no themes and no
 * readings, so that feedback works on its own (as in a test of the module alone).
 */
@Component
class ResponseReadings {

	private final ObjectProvider<CommentReadings> readings;

	ResponseReadings(ObjectProvider<CommentReadings> readings) {
		this.readings = readings;
	}

	List<CommentReadings.ThemeName> themes(WorkspaceId workspace) {
		CommentReadings offered = readings.getIfAvailable();
		return offered == null ? List.of() : offered.themes(workspace);
	}

	Map<ResponseId, List<CommentReadings.Reading>> of(WorkspaceId workspace, Collection<ResponseId> responses) {
		CommentReadings offered = readings.getIfAvailable();
		return offered == null || responses.isEmpty() ? Map.of() : offered.of(workspace, responses);
	}

	/** @return by theme key, its name in the language */
	Map<String, String> names(WorkspaceId workspace, String language) {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		themes(workspace).forEach(theme -> names.put(theme.key(), theme.name(language)));
		return names;
	}
}
