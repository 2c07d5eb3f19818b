package io.tanggap.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.tanggap.identity.Actors;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.Team;

/** The start page after sign-in: the workspace at a glance and the next steps. */
@Controller
class HomeController {

	static final String VIEW = "home";

	private final BranchDirectory branches;
	private final Team team;

	HomeController(BranchDirectory branches, Team team) {
		this.branches = branches;
		this.team = team;
	}

	@GetMapping("/")
	String home(Model model) {
		var actor = Actors.require();
		model.addAttribute("branches", branches.all(actor.workspace()));
		model.addAttribute("members", team.members(actor));
		return VIEW;
	}
}
