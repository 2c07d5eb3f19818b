package io.tanggap.textanalytics;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/**
 * The settings page of themes ({@code /settings/themes}, "Tema", for admins): the workspace's themes
 * with their keywords, adding one, editing one on a page of its own, switching one off or on,
 * putting a shipped one back; and how far reading the comments again has got, which the page keeps
 * up to date (htmx every two seconds, or a refresh without JavaScript).
 */
@Controller
class ThemeController {

	static final String LIST_VIEW = "textanalytics/themes";
	static final String EDIT_VIEW = "textanalytics/theme";
	static final String PROGRESS_VIEW = "textanalytics/themes :: progress";
	private static final String LIST = "redirect:/settings/themes";

	private final TaxonomyEditing editing;
	private final Reanalysis reanalysis;
	private final MessageSource messages;

	ThemeController(TaxonomyEditing editing, Reanalysis reanalysis, MessageSource messages) {
		this.editing = editing;
		this.reanalysis = reanalysis;
		this.messages = messages;
	}

	@GetMapping("/settings/themes")
	String list(Model model) {
		model.addAttribute("newTheme", ThemeForm.empty());
		return show(model);
	}

	@PostMapping("/settings/themes")
	String add(@ModelAttribute("newTheme") ThemeForm form, BindingResult errors, Model model, RedirectAttributes flash) {
		Actor actor = Actors.require();
		if (check(editing.problemsOfNew(actor.workspace(), form.draft()), errors)) {
			try {
				flash.addFlashAttribute("saved", editing.add(actor, form.draft()).theme().key());
				return LIST;
			}
			catch (Problem problem) {
				rejectOrRethrow(errors, problem);
			}
		}
		return show(model);
	}

	@GetMapping("/settings/themes/{key}")
	String editor(@PathVariable String key, Model model) {
		WorkspaceThemes.Entry entry = editing.get(Actors.require().workspace(), key);
		model.addAttribute("theme", ThemeForm.of(entry.theme(), entry.enabled()));
		model.addAttribute("entry", entry);
		return EDIT_VIEW;
	}

	@PostMapping("/settings/themes/{key}")
	String edit(@PathVariable String key, @ModelAttribute("theme") ThemeForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		Actor actor = Actors.require();
		WorkspaceThemes.Entry entry = editing.get(actor.workspace(), key);
		ThemeDraft draft = form.draft().withKey(key);
		if (check(draft.problems(), errors)) {
			try {
				editing.edit(actor, key, draft, form.switchedOn());
				flash.addFlashAttribute("saved", key);
				return LIST;
			}
			catch (Problem problem) {
				rejectOrRethrow(errors, problem);
			}
		}
		model.addAttribute("entry", entry);
		return EDIT_VIEW;
	}

	@PostMapping("/settings/themes/{key}/off")
	String switchOff(@PathVariable String key, RedirectAttributes flash) {
		editing.remove(Actors.require(), key);
		flash.addFlashAttribute("done", "themes.switched-off");
		return LIST;
	}

	@PostMapping("/settings/themes/{key}/on")
	String switchOn(@PathVariable String key, RedirectAttributes flash) {
		Actor actor = Actors.require();
		WorkspaceThemes.Entry entry = editing.get(actor.workspace(), key);
		editing.edit(actor, key, ThemeDraft.of(entry.theme()), true);
		flash.addFlashAttribute("done", "themes.switched-on");
		return LIST;
	}

	@PostMapping("/settings/themes/{key}/restore")
	String restore(@PathVariable String key, RedirectAttributes flash) {
		editing.restore(Actors.require(), key);
		flash.addFlashAttribute("done", "themes.restored");
		return LIST;
	}

	/** The progress section alone, which the page asks for every two seconds while the work runs. */
	@GetMapping("/settings/themes/progress")
	String progress(Model model) {
		model.addAttribute("progress", reanalysis.progress(Actors.require().workspace()).orElse(null));
		return PROGRESS_VIEW;
	}

	private String show(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("themes", editing.entries(actor.workspace()));
		model.addAttribute("progress", reanalysis.progress(actor.workspace()).orElse(null));
		return LIST_VIEW;
	}

	/** @return whether there are no mistakes; otherwise each is next to its field */
	private boolean check(java.util.List<Problem> problems, BindingResult errors) {
		Locale locale = LocaleContextHolder.getLocale();
		problems.forEach(problem -> ThemeForm.reject(errors, problem, messages, locale));
		return !errors.hasErrors();
	}

	/** A missing thing or a missing right is no mistake of the form: answered as 404 or 403. */
	private void rejectOrRethrow(BindingResult errors, Problem problem) {
		if (problem.kind() == Problem.Kind.NOT_FOUND || problem.kind() == Problem.Kind.FORBIDDEN) {
			throw problem;
		}
		ThemeForm.reject(errors, problem, messages, LocaleContextHolder.getLocale());
	}
}
