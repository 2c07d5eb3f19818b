package io.tanggap.survey;

import java.util.UUID;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/** How the survey pages answer a service's {@link Problem}: next to the form, or as a page of its own. */
final class SurveyPages {

	private SurveyPages() {
	}

	/**
	 * Shows a mistake of the input on the form; a missing survey or a missing right is not the form's
	 * business and is rethrown, to be answered as 404 or 403.
	 */
	static void reject(BindingResult errors, Problem problem) {
		rethrowUnlessInput(problem);
		errors.reject(problem.messageKey(), problem.args(), problem.code());
	}

	/** Runs a one-click change of a survey and reports its outcome on the builder. */
	static String act(UUID id, RedirectAttributes flash, Runnable action, String doneKey) {
		try {
			action.run();
			flash.addFlashAttribute("done", doneKey);
		}
		catch (Problem problem) {
			rethrowUnlessInput(problem);
			flash.addFlashAttribute("problem", problem.messageKey());
			flash.addFlashAttribute("problemArgs", problem.args());
		}
		return builder(id);
	}

	static String builder(UUID id) {
		return "redirect:/surveys/" + id;
	}

	/** Fails early with 403 for people who may only look, before a form is processed. */
	static void requireEditor() {
		Actors.require().requireRole(io.tanggap.identity.Role.ADMIN);
	}

	private static void rethrowUnlessInput(Problem problem) {
		if (problem.kind() == Problem.Kind.NOT_FOUND || problem.kind() == Problem.Kind.FORBIDDEN) {
			throw problem;
		}
	}
}
