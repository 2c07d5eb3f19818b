package io.tanggap.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.shared.Problem;

/** The workspace's name, time zone, currency and default language. */
@Controller
class WorkspaceSettingsController {

	static final String VIEW = "identity/workspace";

	private final WorkspaceSetup workspaces;

	WorkspaceSettingsController(WorkspaceSetup workspaces) {
		this.workspaces = workspaces;
	}

	@GetMapping("/settings/workspace")
	String form(Model model) {
		Workspace w = workspaces.find(Actors.require().workspace()).orElseThrow(() -> Problem.notFound("workspace"));
		model.addAttribute("details", new Forms.WorkspaceDetails(w.name(), w.timeZone().getId(),
				w.currency().getCurrencyCode(), w.language()));
		return show(model);
	}

	@PostMapping("/settings/workspace")
	String change(@Validated @ModelAttribute("details") Forms.WorkspaceDetails form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return show(model);
		}
		try {
			workspaces.change(Actors.require(), form.name(), form.timeZone(), form.currency(), form.language());
		}
		catch (Problem problem) {
			FormProblems.reject(errors, problem);
			return show(model);
		}
		flash.addFlashAttribute("saved", true);
		return "redirect:/settings/workspace";
	}

	private String show(Model model) {
		model.addAttribute("zones", SetupController.zones());
		model.addAttribute("example", new java.math.BigDecimal("1250000"));
		return VIEW;
	}
}
