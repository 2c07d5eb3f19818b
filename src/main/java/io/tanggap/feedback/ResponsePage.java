package io.tanggap.feedback;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Branch;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.Role;
import io.tanggap.survey.Survey;
import io.tanggap.survey.SurveyManagement;

/**
 * One response's page: the response in full for every role and, for admins, the form that corrects
 * where it came from and the way to delete it. Shared by the controller that shows the page and
 * the one that changes the response, which shows it again with the form's mistakes.
 */
@Component
class ResponsePage {

	static final String VIEW = "feedback/response";

	private final ResponseSearch search;
	private final SurveyManagement surveys;
	private final BranchDirectory branches;
	private final ResponseReadings readings;

	ResponsePage(ResponseSearch search, SurveyManagement surveys, BranchDirectory branches, ResponseReadings readings) {
		this.search = search;
		this.surveys = surveys;
		this.branches = branches;
		this.readings = readings;
	}

	/**
	 * The response with its questions' texts and what its comments say; 404 when it is not in the
	 * caller's workspace.
	 */
	ResponseDetail detail(Actor actor, ResponseId id) {
		SurveyResponse response = search.get(actor, id);
		String survey = surveys.all(actor).stream().filter(s -> s.id().equals(response.survey())).map(Survey::name)
			.findFirst().orElse("");
		String branch = response.branch() == null ? null
				: branches.find(actor.workspace(), response.branch()).map(Branch::name).orElse(null);
		String language = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
		return ResponseDetail.of(response, surveys.version(actor.workspace(), response.survey(), response.surveyVersion()),
				survey, branch, readings.of(actor.workspace(), java.util.List.of(id)).getOrDefault(id, java.util.List.of()),
				readings.names(actor.workspace(), language));
	}

	/**
	 * Fills the model and names the view. A correction form already in the model (one with mistakes)
	 * is kept; otherwise an admin gets one filled with the response as it is.
	 */
	String show(Actor actor, ResponseId id, Model model) {
		ResponseDetail detail = detail(actor, id);
		model.addAttribute("detail", detail);
		if (actor.may(Role.ADMIN)) {
			model.addAttribute("channels", CorrectionForm.channels(detail.response()));
			model.addAttribute("branches", branches.all(actor.workspace()));
			if (!model.containsAttribute("correction")) {
				model.addAttribute("correction", CorrectionForm.of(detail.response()));
			}
		}
		return VIEW;
	}
}
