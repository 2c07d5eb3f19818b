package io.tanggap.survey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/** The list of the workspace's surveys, and starting a new one from a template or blank. */
@Controller
class SurveyListController {

	static final String VIEW = "survey/list";

	private final SurveyManagement surveys;
	private final SurveyTemplates templates;
	private final MessageSource messages;

	SurveyListController(SurveyManagement surveys, SurveyTemplates templates, MessageSource messages) {
		this.surveys = surveys;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping("/surveys")
	String list(Model model) {
		model.addAttribute("blank", new SurveyForms.Blank("", "id,en"));
		model.addAttribute("fromTemplate", new SurveyForms.FromTemplate("", ""));
		return show(model);
	}

	@PostMapping("/surveys")
	String createBlank(@Validated @ModelAttribute("blank") SurveyForms.Blank form, BindingResult errors, Model model) {
		model.addAttribute("fromTemplate", new SurveyForms.FromTemplate("", ""));
		if (!errors.hasErrors()) {
			try {
				List<String> languages = SurveyForms.languages(form.languages());
				return builder(surveys.create(Actors.require(), form.name(), starter(form.name().strip(), languages)));
			}
			catch (Problem problem) {
				SurveyPages.reject(errors, problem);
			}
		}
		return show(model);
	}

	@PostMapping("/surveys/from-template")
	String createFromTemplate(@Validated @ModelAttribute("fromTemplate") SurveyForms.FromTemplate form,
			BindingResult errors, Model model) {
		model.addAttribute("blank", new SurveyForms.Blank("", "id,en"));
		if (!errors.hasErrors()) {
			try {
				return builder(surveys.createFromTemplate(Actors.require(), form.template(), form.name()));
			}
			catch (Problem problem) {
				SurveyPages.reject(errors, problem);
			}
		}
		return show(model);
	}

	/** A blank survey still needs one question to pass its check: the recommendation question. */
	private SurveyDefinition starter(String name, List<String> languages) {
		Question first = new Question("q1", QuestionType.NPS, text(languages, l -> say("survey.starter.question", l)),
				true, MetricRole.NPS, null, null);
		return new SurveyDefinition(languages, text(languages, l -> name), List.of(first),
				text(languages, l -> say("survey.starter.thank-you", l)));
	}

	private static Text text(List<String> languages, Function<String, String> value) {
		Map<String, String> values = languages.stream().filter(l -> List.of("id", "en").contains(l))
			.collect(Collectors.toMap(l -> l, value, (a, b) -> a));
		return new Text(values);
	}

	private String say(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

	private static String builder(Survey survey) {
		return "redirect:/surveys/" + survey.id();
	}

	private String show(Model model) {
		model.addAttribute("surveys", surveys.all(Actors.require()));
		model.addAttribute("templates", templates.all());
		model.addAttribute("languageChoices", SurveyForms.LANGUAGE_CHOICES);
		return VIEW;
	}
}
