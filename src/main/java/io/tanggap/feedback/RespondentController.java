package io.tanggap.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import io.tanggap.identity.BranchDirectory;
import io.tanggap.shared.Problem;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.OpenSurvey;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The respondent's page behind a survey's public link ({@code /s/<id>}): plain HTML that works
 * without JavaScript, in the respondent's language. Query parameters say where the link was shared:
 * {@code ch} (channel), {@code b} (branch), {@code t} (touchpoint), {@code k} (personal token).
 */
@Controller
class RespondentController {

	static final String FORM_VIEW = "feedback/respond";
	static final String THANKS_VIEW = "feedback/thanks";
	static final String CLOSED_VIEW = "feedback/closed";
	private static final Logger LOG = LoggerFactory.getLogger(RespondentController.class);

	private final SurveyManagement surveys;
	private final FeedbackIntake intake;
	private final BranchDirectory branches;

	RespondentController(SurveyManagement surveys, FeedbackIntake intake, BranchDirectory branches) {
		this.surveys = surveys;
		this.intake = intake;
		this.branches = branches;
	}

	@GetMapping("/s/{id}")
	String form(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = "Accept-Language", required = false) String accept, Model model,
			HttpServletResponse response) {
		OpenSurvey survey;
		try {
			survey = surveys.openForRespondents(new SurveyId(id));
		}
		catch (Problem problem) {
			return closed(problem, params, accept, model, response);
		}
		String key = params.getFirst("k") != null ? params.getFirst("k") : UUID.randomUUID().toString();
		return show(model, RespondentPage.of(survey, params, accept, key, Map.of(), null));
	}

	@PostMapping("/s/{id}")
	String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = "Accept-Language", required = false) String accept, Model model,
			HttpServletResponse response) {
		OpenSurvey survey;
		try {
			survey = surveys.openForRespondents(new SurveyId(id));
		}
		catch (Problem problem) {
			return closed(problem, params, accept, model, response);
		}
		Map<String, Object> answers = answers(survey, params);
		RespondentPage page = RespondentPage.of(survey, params, accept, params.getFirst("_key"), answers, null);
		try {
			intake.submit(survey.workspace(), new Submission(survey.id(), page.key(), answers, page.channel(),
					branch(survey, params.getFirst("b")), params.getFirst("t"), null, page.language(), null,
					HiddenAnswers.IGNORE));
		}
		catch (Problem problem) {
			if (problem.kind() != Problem.Kind.INVALID && problem.kind() != Problem.Kind.UNAVAILABLE) {
				return closed(problem, params, accept, model, response);
			}
			response.setStatus(problem.kind().status());
			return show(model, RespondentPage.of(survey, params, accept, page.key(), answers, problem));
		}
		speak(page.language());
		model.addAttribute("page", page);
		return THANKS_VIEW;
	}

	private String show(Model model, RespondentPage page) {
		speak(page.language());
		model.addAttribute("page", page);
		return FORM_VIEW;
	}

	/** Renders this page in the respondent's language without touching the staff's language cookie. */
	static void speak(String language) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME,
					Locale.forLanguageTag(language));
		}
	}

	private String closed(Problem problem, MultiValueMap<String, String> params, String accept, Model model,
			HttpServletResponse response) {
		response.setStatus(problem.kind() == Problem.Kind.NOT_FOUND ? 404 : 410);
		speak(RespondentPage.language(List.of("id", "en"), params.getFirst("lang"), accept));
		return CLOSED_VIEW;
	}

	/** The form's fields {@code q.<question id>} as answers: several values for multiple choice. */
	private static Map<String, Object> answers(OpenSurvey survey, MultiValueMap<String, String> params) {
		Map<String, Object> answers = new HashMap<>();
		for (Question q : survey.definition().questions()) {
			List<String> values = params.getOrDefault("q." + q.id(), List.of());
			if (values.isEmpty()) {
				continue;
			}
			if (q.type() == QuestionType.MULTIPLE_CHOICE) {
				answers.put(q.id(), new ArrayList<>(values));
			}
			else if (q.type() == QuestionType.CONSENT) {
				answers.put(q.id(), "yes".equals(values.get(0)));
			}
			else {
				answers.put(q.id(), values.get(0));
			}
		}
		return answers;
	}

	/** A branch from a shared link; a wrong one is dropped (and logged) rather than losing the answers. */
	private UUID branch(OpenSurvey survey, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(value.strip());
			if (branches.find(survey.workspace(), id).isPresent()) {
				return id;
			}
		}
		catch (IllegalArgumentException e) {
			// falls through to the warning below
		}
		LOG.warn("Survey {} link names an unknown branch '{}'; the response is kept without a branch", survey.id(),
				value.length() > 60 ? value.substring(0, 60) : value);
		return null;
	}

}
