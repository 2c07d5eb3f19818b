package io.tanggap.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.tanggap.feedback.CommentReadings;
import io.tanggap.shared.WorkspaceId;

/**
 * The themes a workspace's comments are read for, from {@link CommentReadings} (implemented by text
 * analytics) when the application has it; else none.
 */
@Component
class CommentThemes {

	private final ObjectProvider<CommentReadings> readings;

	CommentThemes(ObjectProvider<CommentReadings> readings) {
		this.readings = readings;
	}

	List<CommentReadings.ThemeName> themes(WorkspaceId workspace) {
		CommentReadings offered = readings.getIfAvailable();
		return offered == null ? List.of() : offered.themes(workspace);
	}

	/** @return by theme key, its name in the language */
	Map<String, String> names(WorkspaceId workspace, String language) {
		Map<String, String> names = new LinkedHashMap<>();
		themes(workspace).forEach(theme -> names.put(theme.key(), theme.name(language)));
		return names;
	}
}
