package io.tanggap.textanalytics;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.identity.AuditLog;
import io.tanggap.identity.Role;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/**
 * Admins edit their workspace's themes: add their own, change the names and keywords of any, switch
 * one off or on, put a shipped one back as shipped. Each edit is checked whole before anything is
 * stored ({@link ThemeDraft}), takes the taxonomy's next revision, is audited, and starts reading
 * the workspace's comments again ({@link Reanalysis}) in the same transaction.
 */
@Service
class TaxonomyEditing {

	/** A workspace holds at most this many themes, shipped ones included. */
	static final int MAX_THEMES = 60;

	private final WorkspaceThemes themes;
	private final WorkspaceTaxonomies taxonomies;
	private final Reanalysis reanalysis;
	private final AuditLog audit;
	private final Clock clock;

	TaxonomyEditing(WorkspaceThemes themes, WorkspaceTaxonomies taxonomies, Reanalysis reanalysis, AuditLog audit,
			Clock clock) {
		this.themes = themes;
		this.taxonomies = taxonomies;
		this.reanalysis = reanalysis;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<WorkspaceThemes.Entry> entries(WorkspaceId workspace) {
		return themes.entries(workspace);
	}

	@Transactional(readOnly = true)
	WorkspaceThemes.Entry get(WorkspaceId workspace, String key) {
		return find(workspace, key).orElseThrow(() -> Problem.notFound("theme"));
	}

	/** @return the mistakes of a new theme: those of the draft, and a key the workspace has already */
	@Transactional(readOnly = true)
	List<Problem> problemsOfNew(WorkspaceId workspace, ThemeDraft draft) {
		List<Problem> problems = new java.util.ArrayList<>(draft.problems());
		String key = draft.key() == null ? "" : draft.key().strip();
		if (themes.entries(workspace).stream().anyMatch(e -> e.theme().key().equals(key))) {
			problems.add(Problem.invalid("theme-key-taken", key));
		}
		return problems;
	}

	/**
	 * @throws Problem 403 for less than an admin; 422 for a draft with mistakes, a key the workspace
	 *         has already (shipped themes included) or one theme too many
	 */
	@Transactional
	WorkspaceThemes.Entry add(Actor actor, ThemeDraft draft) {
		actor.requireRole(Role.ADMIN);
		Theme theme = draft.theme();
		taxonomies.lockedRevision(actor.workspace());
		List<WorkspaceThemes.Entry> entries = themes.entries(actor.workspace());
		if (entries.stream().anyMatch(e -> e.theme().key().equals(theme.key()))) {
			throw Problem.invalid("theme-key-taken", theme.key());
		}
		if (entries.size() >= MAX_THEMES) {
			throw Problem.invalid("themes-too-many", MAX_THEMES);
		}
		int position = taxonomies.rows(actor.workspace()).stream().mapToInt(WorkspaceTaxonomies.Row::position).max()
			.orElse(0) + 1;
		taxonomies.put(actor.workspace(), row(theme, true, position));
		changed(actor, "theme.added", theme.key());
		return get(actor.workspace(), theme.key());
	}

	/**
	 * Changes a theme's names and keywords, and switches it on or off.
	 * @param draft the theme as it should be; its key is the theme's
	 * @throws Problem 403, 404 for a key the workspace does not have, 422 for a draft with mistakes
	 */
	@Transactional
	WorkspaceThemes.Entry edit(Actor actor, String key, ThemeDraft draft, boolean enabled) {
		actor.requireRole(Role.ADMIN);
		Theme theme = draft.withKey(key).theme();
		taxonomies.lockedRevision(actor.workspace());
		get(actor.workspace(), key);
		taxonomies.put(actor.workspace(), row(theme, enabled, position(actor.workspace(), key)));
		changed(actor, enabled ? "theme.edited" : "theme.switched-off", key);
		return get(actor.workspace(), key);
	}

	/** Switches a theme off (a shipped one) or removes it (the workspace's own). */
	@Transactional
	void remove(Actor actor, String key) {
		actor.requireRole(Role.ADMIN);
		taxonomies.lockedRevision(actor.workspace());
		WorkspaceThemes.Entry entry = get(actor.workspace(), key);
		if (entry.standard()) {
			taxonomies.put(actor.workspace(), row(entry.theme(), false, position(actor.workspace(), key)));
			changed(actor, "theme.switched-off", key);
		}
		else {
			taxonomies.delete(actor.workspace(), key);
			changed(actor, "theme.removed", key);
		}
	}

	/**
	 * Puts a shipped theme back as shipped, switched on.
	 * @throws Problem 404 for a key that is not a shipped theme
	 */
	@Transactional
	WorkspaceThemes.Entry restore(Actor actor, String key) {
		actor.requireRole(Role.ADMIN);
		taxonomies.lockedRevision(actor.workspace());
		if (Taxonomy.standard().theme(key).isEmpty()) {
			throw Problem.notFound("theme");
		}
		taxonomies.delete(actor.workspace(), key);
		changed(actor, "theme.restored", key);
		return get(actor.workspace(), key);
	}

	private void changed(Actor actor, String action, String key) {
		int revision = taxonomies.next(actor.workspace(), actor.name(), clock.instant());
		audit.record(actor, action, key + " (revision " + revision + ")");
		reanalysis.start(actor.workspace(), revision);
	}

	private Optional<WorkspaceThemes.Entry> find(WorkspaceId workspace, String key) {
		return themes.entries(workspace).stream().filter(e -> e.theme().key().equals(key)).findFirst();
	}

	/** @return the position of the theme's stored row; shipped themes without one sort by their own order */
	private int position(WorkspaceId workspace, String key) {
		return taxonomies.rows(workspace).stream().filter(r -> r.key().equals(key)).findFirst()
			.map(WorkspaceTaxonomies.Row::position).orElse(0);
	}

	private static WorkspaceTaxonomies.Row row(Theme theme, boolean enabled, int position) {
		return new WorkspaceTaxonomies.Row(theme.key(), theme.nameId(), theme.nameEn(), theme.keywords(), enabled,
				position);
	}
}
