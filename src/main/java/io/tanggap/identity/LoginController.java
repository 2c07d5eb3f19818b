package io.tanggap.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the form posts to Spring Security. Before first-run setup it leads there. */
@Controller
class LoginController {

	static final String VIEW = "identity/login";

	private final WorkspaceSetup setup;
	private final IdentitySettings settings;

	LoginController(WorkspaceSetup setup, IdentitySettings settings) {
		this.setup = setup;
		this.settings = settings;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("throttleMinutes", Math.max(1, settings.signInWindow().toMinutes()));
		return setup.done() ? VIEW : "redirect:/setup";
	}
}
