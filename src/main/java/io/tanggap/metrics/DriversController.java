package io.tanggap.metrics;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/**
 * The drivers page ({@code /dashboard/drivers}): what drives a survey's outcome, from the answers of
 * a period (the last 12 months unless chosen) and segment (see {@link DriversPage}). The survey is
 * chosen first; its scored questions then offer the outcome and the drivers. What cannot be
 * analysed is said on the page, with the form kept as typed. Every role may read.
 */
@Controller
class DriversController {

	static final String VIEW = "metrics/drivers";

	private final DriversPage page;
	private final MetricsQuery query;
	private final FilterChoices choices;
	private final PageProblems problems;

	DriversController(DriversPage page, MetricsQuery query, FilterChoices choices,
			PageProblems problems) {
		this.page = page;
		this.query = query;
		this.choices = choices;
		this.problems = problems;
	}

	@GetMapping("/dashboard/drivers")
	String show(@ModelAttribute("filter") DashboardFilter.Params typed, @RequestParam(required = false) String outcome,
			@RequestParam(name = "drivers", required = false) List<String> named, Model model) {
		Actor actor = Actors.require();
		Locale locale = LocaleContextHolder.getLocale();
		DashboardFilter.Params params = yearUnlessChosen(typed);
		List<String> chosen = named == null ? List.of() : named.stream().filter(id -> !id.isBlank()).toList();
		choices.addTo(model, actor, params);
		model.addAttribute("outcome", outcome == null ? "" : outcome.strip());
		model.addAttribute("chosen", chosen);
		model.addAttribute("questions", List.of());
		try {
			DashboardFilter filter = DashboardFilter.of(params, query.today(actor.workspace()));
			if (filter.segment().survey() != null) {
				List<DriversPage.ScoredQuestion> questions = page.scoredQuestions(actor, filter, locale);
				model.addAttribute("questions", questions);
				model.addAttribute("drivers", page.of(actor, filter, questions, outcome, chosen, locale));
			}
		}
		catch (Problem problem) {
			PageProblems.Said said = problems.said(problem, locale);
			model.addAttribute("problem", said.key());
			model.addAttribute("problemArgs", said.args());
		}
		return VIEW;
	}

	/** A driver analysis needs many answers, so without a period the page takes the last 12 months. */
	private static DashboardFilter.Params yearUnlessChosen(DashboardFilter.Params p) {
		if (blank(p.period()) && blank(p.from()) && blank(p.to())) {
			return new DashboardFilter.Params(DashboardFilter.Preset.LAST_12_MONTHS.code(), null, null, p.survey(), p.branch(),
					p.channel(), p.touchpoint());
		}
		return p;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
