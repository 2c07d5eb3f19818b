package io.tanggap.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/**
 * The owner's dashboard ({@code /dashboard}): NPS, CSAT and CES of a period and segment with their
 * margins and changes, the monthly table and trend, the branches ranked and the score
 * distributions (see {@link DashboardPage}). A filter that cannot be shown is said on the page,
 * with the form kept as typed. Every role may read.
 */
@Controller
class DashboardController {

	static final String VIEW = "metrics/dashboard";

	private final DashboardPage page;
	private final MetricsQuery query;
	private final FilterChoices choices;
	private final MessageSource messages;

	DashboardController(DashboardPage page, MetricsQuery query, FilterChoices choices,
			MessageSource messages) {
		this.page = page;
		this.query = query;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/dashboard")
	String show(@ModelAttribute("filter") DashboardFilter.Params params, Model model) {
		Actor actor = Actors.require();
		choices.addTo(model, actor, params);
		try {
			DashboardFilter filter = DashboardFilter.of(params, query.today(actor.workspace()));
			model.addAttribute("dashboard", page.of(actor, filter, LocaleContextHolder.getLocale()));
		}
		catch (Problem problem) {
			if (problem.kind() != Problem.Kind.INVALID && problem.kind() != Problem.Kind.NOT_FOUND) {
				throw problem;
			}
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("problemArgs", words(problem));
		}
		return VIEW;
	}

	/**
	 * A problem's arguments in the page's words: a field's name as the form labels it, a missing
	 * thing's kind as people call it ({@code resource.<kind>}), a day as the page writes days.
	 */
	private Object[] words(Problem problem) {
		Locale locale = LocaleContextHolder.getLocale();
		String prefix = problem.kind() == Problem.Kind.NOT_FOUND ? "resource." : "dashboard.field.";
		return Arrays.stream(problem.args()).map(arg -> {
			if (arg instanceof String name) {
				return messages.getMessage(prefix + name, null, name, locale);
			}
			return arg instanceof LocalDate day ? new FigureText(locale).day(day) : arg;
		}).toArray();
	}
}
