package io.tanggap.identity;

import org.springframework.http.HttpStatus;
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
import jakarta.servlet.http.HttpServletResponse;

/** Where an invitation link leads: the invited person chooses a name and password and joins. */
@Controller
class InvitationController {

	static final String VIEW = "identity/accept-invitation";
	static final String UNUSABLE_VIEW = "identity/invitation-unusable";

	private final Team team;

	InvitationController(Team team) {
		this.team = team;
	}

	@GetMapping("/invitations/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("invitation", team.openInvitation(token));
		}
		catch (Problem problem) {
			return unusable(problem, model, response);
		}
		model.addAttribute("accept", new Forms.Accept("", "", ""));
		return VIEW;
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @Validated @ModelAttribute("accept") Forms.Accept form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
		try {
			model.addAttribute("invitation", team.openInvitation(token));
		}
		catch (Problem problem) {
			return unusable(problem, model, response);
		}
		FormProblems.confirm(errors, form.password(), form.passwordConfirmation());
		if (errors.hasErrors()) {
			return VIEW;
		}
		try {
			Team.Member member = team.accept(token, form.displayName(), form.password());
			flash.addFlashAttribute("joined", member.email());
			return "redirect:/login";
		}
		catch (Problem problem) {
			FormProblems.reject(errors, problem);
			return VIEW;
		}
	}

	private static String unusable(Problem problem, Model model, HttpServletResponse response) {
		response.setStatus(problem.kind() == Problem.Kind.GONE ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		model.addAttribute("reason", problem.messageKey());
		return UNUSABLE_VIEW;
	}
}
