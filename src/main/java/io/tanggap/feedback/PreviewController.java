package io.tanggap.feedback;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.tanggap.identity.Actors;
import io.tanggap.survey.OpenSurvey;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * Staff try a survey's draft on the respondent's own page before publishing it. It lives here, not in
 * the survey module, because the page belongs to feedback and feedback already depends on surveys.
 */
@Controller
class PreviewController {

	private final SurveyManagement surveys;

	PreviewController(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/surveys/{id}/preview")
	String preview(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = "Accept-Language", required = false) String accept, Model model) {
		OpenSurvey draft = surveys.preview(Actors.require(), new SurveyId(id));
		RespondentPage page = RespondentPage.of(draft, params, accept, "preview", Map.of(), null);
		RespondentController.speak(page.language());
		model.addAttribute("page", page.at("/surveys/" + id + "/preview"));
		model.addAttribute("preview", true);
		return RespondentController.FORM_VIEW;
	}
}
