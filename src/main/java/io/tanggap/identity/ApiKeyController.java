package io.tanggap.identity;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.shared.Problem;

/** API keys: created with a role, shown once, revoked with one click. */
@Controller
class ApiKeyController {

	static final String VIEW = "identity/api-keys";

	private final ApiKeyManagement keys;

	ApiKeyController(ApiKeyManagement keys) {
		this.keys = keys;
	}

	@GetMapping("/settings/api-keys")
	String page(Model model) {
		model.addAttribute("newKey", new Forms.NewApiKey("", Role.AGENT));
		return show(model);
	}

	@PostMapping("/settings/api-keys")
	String create(@Validated @ModelAttribute("newKey") Forms.NewApiKey form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				model.addAttribute("issued", keys.create(Actors.require(), form.name(), form.role()));
				model.addAttribute("newKey", new Forms.NewApiKey("", Role.AGENT));
			}
			catch (Problem problem) {
				FormProblems.reject(errors, problem);
			}
		}
		return show(model);
	}

	@PostMapping("/settings/api-keys/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes flash) {
		String name = keys.get(Actors.require(), id).name();
		try {
			keys.revoke(Actors.require(), id);
			flash.addFlashAttribute("revoked", name);
		}
		catch (Problem problem) {
			flash.addFlashAttribute("problem", problem.messageKey());
			flash.addFlashAttribute("problemArgs", problem.args());
		}
		return "redirect:/settings/api-keys";
	}

	private String show(Model model) {
		model.addAttribute("keys", keys.list(Actors.require()));
		model.addAttribute("roles", Role.values());
		return VIEW;
	}
}
