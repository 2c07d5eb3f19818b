package io.tanggap.textanalytics;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.feedback.CommentReadings;
import io.tanggap.feedback.ResponseId;
import io.tanggap.shared.WorkspaceId;

/** What text analytics reads in comments, offered to feedback (and through it metrics): the extension point's implementation. */
@Component
class WorkspaceReadings implements CommentReadings {

	private final WorkspaceThemes themes;
	private final CommentAnalyses analyses;

	WorkspaceReadings(WorkspaceThemes themes, CommentAnalyses analyses) {
		this.themes = themes;
		this.analyses = analyses;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ThemeName> themes(WorkspaceId workspace) {
		return themes.entries(workspace).stream().filter(WorkspaceThemes.Entry::enabled)
			.map(e -> new ThemeName(e.theme().key(), e.theme().nameId(), e.theme().nameEn())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ResponseId, List<Reading>> of(WorkspaceId workspace, Collection<ResponseId> responses) {
		return analyses.of(workspace, responses);
	}
}
