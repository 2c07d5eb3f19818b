package io.tanggap.invitations;

import java.io.IOException;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/** The survey's invitations page: uploading a recipient list and the campaigns with their counts. */
@Controller
class CampaignController {

	static final String VIEW = "invitations/campaigns";

	private final InvitationManagement invitations;
	private final SurveyManagement surveys;
	private final InvitationRules rules;

	CampaignController(InvitationManagement invitations, SurveyManagement surveys, InvitationRules rules) {
		this.invitations = invitations;
		this.surveys = surveys;
		this.rules = rules;
	}

	/** The workspace's fatigue and reminder rules, changed from any survey's invitations page. */
	@PostMapping("/surveys/{id}/invitations/rules")
	String changeRules(@PathVariable UUID id, @RequestParam(defaultValue = "-1") int fatigueDays,
			@RequestParam(defaultValue = "-1") int reminderDays, Model model) {
		try {
			rules.change(Actors.require(), fatigueDays, reminderDays);
			model.addAttribute("rulesSaved", true);
		}
		catch (Problem problem) {
			if (problem.kind() == Problem.Kind.FORBIDDEN) {
				throw problem;
			}
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("problemArgs", problem.args());
		}
		return show(new SurveyId(id), model);
	}

	@GetMapping("/surveys/{id}/invitations")
	String show(@PathVariable UUID id, Model model) {
		return show(new SurveyId(id), model);
	}

	@PostMapping("/surveys/{id}/invitations")
	String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
			throws IOException {
		SurveyId survey = new SurveyId(id);
		try {
			if (file == null || file.isEmpty()) {
				throw Problem.invalid("required", "file");
			}
			model.addAttribute("report", invitations.upload(Actors.require(), survey, file.getOriginalFilename(),
					file.getInputStream()));
		}
		catch (Problem problem) {
			if (problem.kind() == Problem.Kind.NOT_FOUND || problem.kind() == Problem.Kind.FORBIDDEN) {
				throw problem;
			}
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("problemArgs", problem.args());
		}
		return show(survey, model);
	}

	private String show(SurveyId id, Model model) {
		model.addAttribute("survey", surveys.get(Actors.require(), id));
		model.addAttribute("campaigns", invitations.campaigns(Actors.require(), id));
		model.addAttribute("states", Invitation.State.values());
		model.addAttribute("rules", rules.of(Actors.require().workspace()));
		return VIEW;
	}
}
