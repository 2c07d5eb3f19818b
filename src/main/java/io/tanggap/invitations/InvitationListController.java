package io.tanggap.invitations;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * A survey's invitations one by one: who was invited and what became of each. The filter is GET
 * parameters, so that every view is a link to share. Every role may read.
 */
@Controller
class InvitationListController {

	static final String VIEW = "invitations/list";

	private final InvitationSearch search;
	private final SurveyManagement surveys;

	InvitationListController(InvitationSearch search, SurveyManagement surveys) {
		this.search = search;
		this.surveys = surveys;
	}

	/** A filter that cannot be read is said above the list, which then shows every invitation. */
	@GetMapping("/surveys/{id}/invitations/list")
	String list(@PathVariable UUID id, @RequestParam(required = false) String state,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page, Model model) {
		Actor actor = Actors.require();
		SurveyId survey = new SurveyId(id);
		model.addAttribute("survey", surveys.get(actor, survey));
		InvitationFilter filter;
		try {
			filter = InvitationFilter.of(state, q);
		}
		catch (Problem problem) {
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("problemArgs", problem.args());
			filter = InvitationFilter.ANY;
		}
		model.addAttribute("filter", filter);
		model.addAttribute("query", filter.query());
		model.addAttribute("states", Invitation.State.values());
		model.addAttribute("found", search.find(actor, survey, filter, number(page)));
		return VIEW;
	}

	/** Not a number is the first page; a number too large for one is past the last. */
	private static int number(String page) {
		String digits = page.strip();
		try {
			return Integer.parseInt(digits);
		}
		catch (NumberFormatException e) {
			return digits.matches("\\d+") ? Integer.MAX_VALUE : 0;
		}
	}
}
