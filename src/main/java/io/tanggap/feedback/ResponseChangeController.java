package io.tanggap.feedback;

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

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.identity.Role;
import io.tanggap.shared.Problem;

/**
 * Admins correct where a response came from, on its page, or delete it after a page that asks
 * them to confirm (so that it works without JavaScript). Everybody else gets 403.
 */
@Controller
class ResponseChangeController {

	static final String DELETE_VIEW = "feedback/response-delete";

	private final ResponseChanges changes;
	private final ResponsePage page;

	ResponseChangeController(ResponseChanges changes, ResponsePage page) {
		this.changes = changes;
		this.page = page;
	}

	@PostMapping("/responses/{id}/origin")
	String correct(@PathVariable UUID id, @Validated @ModelAttribute("correction") CorrectionForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		Actor actor = Actors.require().requireRole(Role.ADMIN);
		if (!errors.hasErrors()) {
			try {
				changes.correct(actor, new ResponseId(id), form.toCorrection());
				flash.addFlashAttribute("done", "response.corrected");
				return "redirect:/responses/" + id;
			}
			catch (Problem problem) {
				if (problem.kind() == Problem.Kind.NOT_FOUND || problem.kind() == Problem.Kind.FORBIDDEN) {
					throw problem;
				}
				errors.reject(problem.messageKey(), problem.args(), problem.code());
			}
		}
		return page.show(actor, new ResponseId(id), model);
	}

	@GetMapping("/responses/{id}/delete")
	String confirmDelete(@PathVariable UUID id, Model model) {
		Actor actor = Actors.require().requireRole(Role.ADMIN);
		model.addAttribute("detail", page.detail(actor, new ResponseId(id)));
		return DELETE_VIEW;
	}

	@PostMapping("/responses/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes flash) {
		changes.delete(Actors.require().requireRole(Role.ADMIN), new ResponseId(id));
		flash.addFlashAttribute("done", "response.deleted");
		return "redirect:/responses";
	}
}
