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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.shared.Problem;

/** The team page: members and their roles, open invitations, inviting a colleague. */
@Controller
class TeamController {

	static final String VIEW = "identity/team";

	private final Team team;

	TeamController(Team team) {
		this.team = team;
	}

	@GetMapping("/settings/team")
	String page(Model model) {
		model.addAttribute("invite", new Forms.Invite("", Role.AGENT));
		return show(model);
	}

	@PostMapping("/settings/team/invitations")
	String invite(@Validated @ModelAttribute("invite") Forms.Invite form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				flash.addFlashAttribute("issued", team.invite(Actors.require(), form.email(), form.role()));
				return "redirect:/settings/team";
			}
			catch (Problem problem) {
				FormProblems.reject(errors, problem);
			}
		}
		return show(model);
	}

	@PostMapping("/settings/team/invitations/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes flash) {
		return act(flash, () -> team.revokeInvitation(Actors.require(), id), "team.invitation-revoked");
	}

	@PostMapping("/settings/team/members/{id}/role")
	String changeRole(@PathVariable UUID id, @RequestParam Role role, RedirectAttributes flash) {
		return act(flash, () -> team.changeRole(Actors.require(), id, role), "team.role-changed");
	}

	@PostMapping("/settings/team/members/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes flash) {
		return act(flash, () -> team.remove(Actors.require(), id), "team.member-removed");
	}

	/** Runs a one-click action and reports its outcome, or its problem, on the team page. */
	private static String act(RedirectAttributes flash, Runnable action, String doneKey) {
		try {
			action.run();
			flash.addFlashAttribute("done", doneKey);
		}
		catch (Problem problem) {
			if (problem.kind() == Problem.Kind.NOT_FOUND) {
				throw problem;
			}
			flash.addFlashAttribute("problem", problem.messageKey());
			flash.addFlashAttribute("problemArgs", problem.args());
		}
		return "redirect:/settings/team";
	}

	private String show(Model model) {
		Actor actor = Actors.require();
		model.addAttribute("members", team.members(actor));
		model.addAttribute("invitations", team.invitations(actor));
		model.addAttribute("roles", Role.values());
		return VIEW;
	}
}
