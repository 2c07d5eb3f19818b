package io.tanggap.metrics;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Tema page ({@code /dashboard/themes}), a tab of the dashboard with its filter: which themes the
 * period's comments mention, how that changed, their sentiment and their impact on the scores (see
 * {@link ThemesPage}); and its figures as a CSV file. A filter that cannot be shown is said on the
 * page. Every role may read.
 */
@Controller
class ThemesController {

	static final String VIEW = "metrics/themes";

	private final ThemesPage page;
	private final ThemeFigures figures;
	private final MetricsQuery query;
	private final FilterChoices choices;
	private final PageProblems problems;

	ThemesController(ThemesPage page, ThemeFigures figures, MetricsQuery query, FilterChoices choices, PageProblems problems) {
		this.page = page;
		this.figures = figures;
		this.query = query;
		this.choices = choices;
		this.problems = problems;
	}

	@GetMapping("/dashboard/themes")
	String show(@ModelAttribute("filter") DashboardFilter.Params params, Model model) {
		Actor actor = Actors.require();
		Locale locale = LocaleContextHolder.getLocale();
		choices.addTo(model, actor, params);
		try {
			model.addAttribute("themes", page.of(actor, DashboardFilter.of(params, query.today(actor.workspace())), locale));
		}
		catch (Problem problem) {
			PageProblems.Said said = problems.said(problem, locale);
			model.addAttribute("problem", said.key());
			model.addAttribute("problemArgs", said.args());
		}
		return VIEW;
	}

	/** The page's figures as CSV; a filter that cannot be read is a 422, as on the API. */
	@GetMapping("/dashboard/themes.csv")
	void csv(@ModelAttribute DashboardFilter.Params params, HttpServletResponse response) throws IOException {
		Actor actor = Actors.require();
		DashboardFilter filter = DashboardFilter.of(params, query.today(actor.workspace()));
		ThemeReportFile.write(figures.measure(actor, filter.period(), filter.segment()), false, response);
	}
}
