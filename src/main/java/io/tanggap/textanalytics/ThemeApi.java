package io.tanggap.textanalytics;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;

/**
 * {@code /api/v1/themes}: the workspace's themes, which every key may read and admins edit (each edit
 * starts reading the comments again, whose progress is {@code /reanalysis}).
 */
@RestController
@RequestMapping("/api/v1/themes")
class ThemeApi {

	/**
	 * @param standard one of the shipped themes (which can be switched off and put back, not removed)
	 * @param edited a shipped theme with other names or keywords than shipped
	 */
	record ThemeView(String key, String nameId, String nameEn, List<String> keywords, boolean standard, boolean edited,
			boolean enabled) {
		static ThemeView of(WorkspaceThemes.Entry e) {
			Theme t = e.theme();
			return new ThemeView(t.key(), t.nameId(), t.nameEn(), t.keywords(), e.standard(), e.edited(), e.enabled());
		}
	}

	/** A theme as it should be; {@code enabled} left out keeps it as it is. */
	record ThemeChange(String nameId, String nameEn, List<String> keywords, Boolean enabled) {
	}

	/** @param state {@code running}, {@code done}, or {@code none} when the comments were never read again */
	record ProgressView(String state, Integer revision, Long done, Long total, java.time.Instant startedAt,
			java.time.Instant finishedAt) {
	}

	private final TaxonomyEditing editing;
	private final Reanalysis reanalysis;

	ThemeApi(TaxonomyEditing editing, Reanalysis reanalysis) {
		this.editing = editing;
		this.reanalysis = reanalysis;
	}

	@GetMapping
	List<ThemeView> list() {
		return editing.entries(Actors.require().workspace()).stream().map(ThemeView::of).toList();
	}

	@GetMapping("/{key}")
	ThemeView get(@PathVariable String key) {
		return ThemeView.of(editing.get(Actors.require().workspace(), key));
	}

	@PostMapping
	ResponseEntity<ThemeView> add(@RequestBody ThemeDraft draft) {
		ThemeView added = ThemeView.of(editing.add(Actors.require(), draft));
		return ResponseEntity.created(URI.create("/api/v1/themes/" + added.key())).body(added);
	}

	@PutMapping("/{key}")
	ThemeView edit(@PathVariable String key, @RequestBody ThemeChange change) {
		Actor actor = Actors.require();
		boolean enabled = change.enabled() != null ? change.enabled() : editing.get(actor.workspace(), key).enabled();
		return ThemeView.of(editing.edit(actor, key, new ThemeDraft(key, change.nameId(), change.nameEn(), change.keywords()),
				enabled));
	}

	/** Removes the workspace's own theme, or switches a shipped one off. */
	@DeleteMapping("/{key}")
	ResponseEntity<Void> remove(@PathVariable String key) {
		editing.remove(Actors.require(), key);
		return ResponseEntity.noContent().build();
	}

	/** Puts a shipped theme back as shipped, switched on. */
	@PostMapping("/{key}/restore")
	ThemeView restore(@PathVariable String key) {
		return ThemeView.of(editing.restore(Actors.require(), key));
	}

	/** How far reading the comments again after the latest edit has got. */
	@GetMapping("/reanalysis")
	ProgressView reanalysis() {
		return reanalysis.progress(Actors.require().workspace())
			.map(p -> new ProgressView(p.state(), p.revision(), p.done(), p.total(), p.startedAt(), p.finishedAt()))
			.orElse(new ProgressView("none", null, null, null, null, null));
	}
}
