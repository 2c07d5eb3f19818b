package io.tanggap.survey;

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

import io.tanggap.identity.Actors;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.PublicAddress;
import io.tanggap.shared.Problem;

/** The builder: a survey's draft with its questions, its title and thank-you text, publishing and closing. */
@Controller
class SurveyBuilderController {

	static final String VIEW = "survey/builder";

	private final SurveyManagement surveys;
	private final PublicAddress address;
	private final BranchDirectory branches;

	SurveyBuilderController(SurveyManagement surveys, PublicAddress address, BranchDirectory branches) {
		this.branches = branches;
		this.surveys = surveys;
		this.address = address;
	}

	@GetMapping("/surveys/{id}")
	String show(@PathVariable UUID id, Model model) {
		Survey survey = surveys.get(Actors.require(), new SurveyId(id));
		model.addAttribute("details", SurveyForms.Details.of(survey));
		return show(survey, model);
	}

	@PostMapping("/surveys/{id}")
	String saveDetails(@PathVariable UUID id, @Validated @ModelAttribute("details") SurveyForms.Details form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		SurveyPages.requireEditor();
		Survey survey = surveys.get(Actors.require(), new SurveyId(id));
		if (!errors.hasErrors()) {
			try {
				surveys.edit(Actors.require(), survey.id(), form.name(), form.applyTo(survey.draft()));
				flash.addFlashAttribute("done", "survey.saved");
				return SurveyPages.builder(id);
			}
			catch (Problem problem) {
				SurveyPages.reject(errors, problem);
			}
		}
		return show(survey, model);
	}

	@PostMapping("/surveys/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes flash) {
		return SurveyPages.act(id, flash, () -> surveys.publish(Actors.require(), new SurveyId(id)), "survey.published");
	}

	@PostMapping("/surveys/{id}/close")
	String close(@PathVariable UUID id, RedirectAttributes flash) {
		return SurveyPages.act(id, flash, () -> surveys.close(Actors.require(), new SurveyId(id)), "survey.closed");
	}

	private String show(Survey survey, Model model) {
		model.addAttribute("survey", survey);
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("languageChoices", SurveyForms.LANGUAGE_CHOICES);
		if (survey.publishedVersion() != null) {
			model.addAttribute("publicLink", address.of("/s/" + survey.id()));
			model.addAttribute("widgetSnippet", "<script src=\"" + address.of("/widget.js") + "\" data-survey=\""
					+ survey.id() + "\" data-delay=\"5\" data-sample=\"100\" async></script>");
			model.addAttribute("branches", branches.all(survey.workspace()));
		}
		return VIEW;
	}
}
