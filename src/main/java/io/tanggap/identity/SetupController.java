package io.tanggap.identity;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.shared.Problem;

/** The first-run page: creates the first workspace and its owner, then sends them to sign in. */
@Controller
class SetupController {

	static final String VIEW = "identity/setup";
	/** The zones offered first; any IANA zone is accepted. */
	static final List<String> INDONESIAN_ZONES = List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");

	private final WorkspaceSetup setup;

	SetupController(WorkspaceSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/setup")
	String form(Model model) {
		if (setup.done()) {
			return "redirect:/login";
		}
		model.addAttribute("setup", new Forms.Setup("", "", "", "", "", "Asia/Jakarta", "IDR", "id"));
		return show(model);
	}

	@PostMapping("/setup")
	String create(@Validated @ModelAttribute("setup") Forms.Setup form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (setup.done()) {
			return "redirect:/login";
		}
		FormProblems.confirm(errors, form.password(), form.passwordConfirmation());
		if (errors.hasErrors()) {
			return show(model);
		}
		try {
			setup.firstRun(form.toNewWorkspace());
		}
		catch (Problem problem) {
			FormProblems.reject(errors, problem);
			return show(model);
		}
		flash.addFlashAttribute("created", form.ownerEmail());
		return "redirect:/login";
	}

	private String show(Model model) {
		model.addAttribute("zones", zones());
		return VIEW;
	}

	static Set<String> zones() {
		Set<String> zones = new TreeSet<>(ZoneId.getAvailableZoneIds());
		zones.removeIf(zone -> !zone.contains("/") || zone.startsWith("Etc/") || zone.startsWith("SystemV/"));
		return zones;
	}
}
