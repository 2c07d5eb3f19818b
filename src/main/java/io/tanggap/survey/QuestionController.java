package io.tanggap.survey;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/** Adding, editing, moving and deleting the questions of a survey's draft. */
@Controller
class QuestionController {

	static final String VIEW = "survey/question";

	private final SurveyManagement surveys;

	QuestionController(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/surveys/{id}/questions/new")
	String blank(@PathVariable UUID id, @RequestParam(defaultValue = "NPS") QuestionType type, Model model) {
		model.addAttribute("question", QuestionForm.blank(type));
		return show(survey(id), null, model);
	}

	@PostMapping("/surveys/{id}/questions")
	String add(@PathVariable UUID id, @ModelAttribute("question") QuestionForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		SurveyPages.requireEditor();
		Survey survey = survey(id);
		String questionId = Drafts.nextQuestionId(survey.draft());
		return save(survey, form, errors, model, flash, null,
				() -> Drafts.add(survey.draft(), form.toQuestion(questionId, survey.draft().languages())));
	}

	@GetMapping("/surveys/{id}/questions/{question}")
	String edit(@PathVariable UUID id, @PathVariable String question, Model model) {
		Survey survey = survey(id);
		Question q = Drafts.question(survey.draft(), question).orElseThrow(() -> Problem.notFound("question"));
		model.addAttribute("question", QuestionForm.of(q, survey.draft().languages()));
		return show(survey, q.id(), model);
	}

	@PostMapping("/surveys/{id}/questions/{question}")
	String change(@PathVariable UUID id, @PathVariable String question, @ModelAttribute("question") QuestionForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		SurveyPages.requireEditor();
		Survey survey = survey(id);
		Question q = Drafts.question(survey.draft(), question).orElseThrow(() -> Problem.notFound("question"));
		return save(survey, form, errors, model, flash, q.id(),
				() -> Drafts.replace(survey.draft(), form.toQuestion(q.id(), survey.draft().languages())));
	}

	@PostMapping("/surveys/{id}/questions/{question}/up")
	String up(@PathVariable UUID id, @PathVariable String question, RedirectAttributes flash) {
		return change(id, flash, draft -> Drafts.move(draft, question, -1), "survey.question-moved");
	}

	@PostMapping("/surveys/{id}/questions/{question}/down")
	String down(@PathVariable UUID id, @PathVariable String question, RedirectAttributes flash) {
		return change(id, flash, draft -> Drafts.move(draft, question, 1), "survey.question-moved");
	}

	@PostMapping("/surveys/{id}/questions/{question}/remove")
	String remove(@PathVariable UUID id, @PathVariable String question, RedirectAttributes flash) {
		return change(id, flash, draft -> Drafts.remove(draft, question), "survey.question-removed");
	}

	private String change(UUID id, RedirectAttributes flash, java.util.function.UnaryOperator<SurveyDefinition> edit,
			String doneKey) {
		SurveyPages.requireEditor();
		Survey survey = survey(id);
		return SurveyPages.act(id, flash,
				() -> surveys.edit(Actors.require(), survey.id(), survey.name(), edit.apply(survey.draft())), doneKey);
	}

	private String save(Survey survey, QuestionForm form, BindingResult errors, Model model, RedirectAttributes flash,
			String questionId, java.util.function.Supplier<SurveyDefinition> edited) {
		if (!errors.hasErrors()) {
			try {
				surveys.edit(Actors.require(), survey.id(), survey.name(), edited.get());
				flash.addFlashAttribute("done", "survey.question-saved");
				return SurveyPages.builder(survey.id().value());
			}
			catch (Problem problem) {
				SurveyPages.reject(errors, problem);
			}
		}
		return show(survey, questionId, model);
	}

	private String show(Survey survey, String questionId, Model model) {
		QuestionForm form = (QuestionForm) model.getAttribute("question");
		QuestionType type = form == null || form.type() == null ? QuestionType.NPS : form.type();
		List<Question> questions = survey.draft().questions();
		int position = questionId == null ? questions.size()
				: questions.indexOf(Drafts.question(survey.draft(), questionId).orElseThrow());
		model.addAttribute("survey", survey);
		model.addAttribute("questionId", questionId);
		model.addAttribute("earlier", questions.subList(0, position));
		model.addAttribute("types", QuestionType.values());
		model.addAttribute("roles", QuestionForm.roles(type));
		model.addAttribute("operators", Condition.Operator.values());
		return VIEW;
	}

	private Survey survey(UUID id) {
		return surveys.get(Actors.require(), new SurveyId(id));
	}
}
