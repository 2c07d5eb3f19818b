package io.tanggap.metrics;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/**
 * The segments page ({@code /dashboard/segments}): the dashboard's filter, then NPS, CSAT and CES by
 * branch, channel, touchpoint, survey or the answer to a choice question, and a crosstab of two of
 * the first four (see {@link SegmentsPage}). A filter that cannot be shown is said on the page, with
 * the form kept as typed. Every role may read.
 */
@Controller
class SegmentsController {

	static final String VIEW = "metrics/segments";

	private final SegmentsPage page;
	private final MetricsQuery query;
	private final FilterChoices choices;
	private final PageProblems problems;

	SegmentsController(SegmentsPage page, MetricsQuery query, FilterChoices choices,
			PageProblems problems) {
		this.page = page;
		this.query = query;
		this.choices = choices;
		this.problems = problems;
	}

	@GetMapping("/dashboard/segments")
	String show(@ModelAttribute("filter") DashboardFilter.Params params,
			@ModelAttribute("typed") SegmentsChoice.Params typed, Model model) {
		Actor actor = Actors.require();
		Locale locale = LocaleContextHolder.getLocale();
		choices.addTo(model, actor, params);
		model.addAttribute("choice", typed.withDefaults());
		model.addAttribute("dimensions", SegmentsChoice.STANDARD.stream().map(SegmentsChoice::code).toList());
		model.addAttribute("figures", SegmentsChoice.FIGURES);
		model.addAttribute("questions", List.of());
		model.addAttribute("question", typed.question());
		try {
			DashboardFilter filter = DashboardFilter.of(params, query.today(actor.workspace()));
			List<SegmentsPage.ChoiceQuestion> questions = page.choiceQuestions(actor, filter, locale);
			SegmentsChoice choice = SegmentsChoice.of(typed).orFirst(questions);
			model.addAttribute("questions", questions);
			model.addAttribute("question", choice.question());
			model.addAttribute("segments", page.of(actor, filter, choice, locale));
		}
		catch (Problem problem) {
			PageProblems.Said said = problems.said(problem, locale);
			model.addAttribute("problem", said.key());
			model.addAttribute("problemArgs", said.args());
		}
		return VIEW;
	}
}
