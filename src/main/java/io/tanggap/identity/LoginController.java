package io.tanggap.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the form posts to Spring Security. Before first-run setup it leads there. */
@Controller
class LoginController {

	static final String VIEW = "identity/login";

	private final WorkspaceSetup setup;

	LoginController(WorkspaceSetup setup) {
		this.setup = setup;
	}

	@GetMapping("/login")
	String login() {
		return setup.done() ? VIEW : "redirect:/setup";
	}
}
