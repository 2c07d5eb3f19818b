package io.tanggap.textanalytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.tanggap.shared.WorkspaceId;

/**
 * A workspace's themes: the shipped ones ({@link Taxonomy#standard()}) in their order, each as the
 * workspace edited it or switched it off, then the workspace's own themes in the order they were
 * added. The {@link Taxonomy} comments are read for holds those switched on.
 */
@Service
class WorkspaceThemes {

	/**
	 * One theme as the settings list it.
	 * @param standard one of the shipped themes
	 * @param edited a shipped theme whose names or keywords the workspace changed
	 */
	record Entry(Theme theme, boolean standard, boolean edited, boolean enabled) {
	}

	private static final Logger LOG = LoggerFactory.getLogger(WorkspaceThemes.class);

	private final WorkspaceTaxonomies taxonomies;

	WorkspaceThemes(WorkspaceTaxonomies taxonomies) {
		this.taxonomies = taxonomies;
	}

	List<Entry> entries(WorkspaceId workspace) {
		Map<String, WorkspaceTaxonomies.Row> rows = new LinkedHashMap<>();
		taxonomies.rows(workspace).forEach(row -> rows.put(row.key(), row));
		List<Entry> entries = new ArrayList<>();
		for (Theme shipped : Taxonomy.standard().themes()) {
			WorkspaceTaxonomies.Row row = rows.remove(shipped.key());
			if (row == null) {
				entries.add(new Entry(shipped, true, false, true));
			}
			else {
				Theme theme = theme(row);
				entries.add(theme == null ? new Entry(shipped, true, false, row.enabled())
						: new Entry(theme, true, !theme.equals(shipped), row.enabled()));
			}
		}
		for (WorkspaceTaxonomies.Row row : rows.values()) {
			Theme theme = theme(row);
			if (theme != null) {
				entries.add(new Entry(theme, false, false, row.enabled()));
			}
		}
		return entries;
	}

	/** @return the themes switched on, which comments are read for */
	Taxonomy taxonomy(WorkspaceId workspace) {
		return Taxonomy.of(entries(workspace).stream().filter(Entry::enabled).map(Entry::theme).toList());
	}

	/** Rows are checked before they are stored; one that is not valid any more is left out, not fatal. */
	private static Theme theme(WorkspaceTaxonomies.Row row) {
		try {
			return new Theme(row.key(), row.nameId(), row.nameEn(), row.keywords());
		}
		catch (IllegalArgumentException e) {
			LOG.warn("Theme {} left out: {}", row.key(), e.getMessage());
			return null;
		}
	}
}
