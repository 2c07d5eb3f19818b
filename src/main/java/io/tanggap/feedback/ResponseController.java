package io.tanggap.feedback;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.identity.Branch;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.shared.Problem;
import io.tanggap.survey.Survey;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The responses staff browse: a filter form whose GET parameters make every view a shareable link,
 * the list, one response in full (see {@link ResponsePage}), and the list's export. Every role may read.
 */
@Controller
class ResponseController {

	static final String LIST_VIEW = "feedback/responses";
	static final int PAGE_SIZE = 50;

	/** A theme the list can be filtered by, named in the page's language. */
	record ThemeOption(String key, String name) {
	}

	private final ResponseSearch search;
	private final ResponseExport export;
	private final SurveyManagement surveys;
	private final BranchDirectory branches;
	private final ResponsePage page;
	private final ResponseReadings readings;

	ResponseController(ResponseSearch search, ResponseExport export, SurveyManagement surveys,
			BranchDirectory branches, ResponsePage page, ResponseReadings readings) {
		this.search = search;
		this.export = export;
		this.surveys = surveys;
		this.branches = branches;
		this.page = page;
		this.readings = readings;
	}

	@GetMapping("/responses")
	String list(@ModelAttribute("filter") ResponseFilter.Params params, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = Actors.require();
		int current = Math.max(0, page);
		model.addAttribute("surveys", surveys.all(actor));
		model.addAttribute("branches", branches.all(actor.workspace()));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("query", params.query());
		String language = LocaleContextHolder.getLocale().getLanguage();
		var themes = readings.themes(actor.workspace());
		model.addAttribute("themes", themes.stream().map(t -> new ThemeOption(t.key(), t.name(language))).toList());
		model.addAttribute("sentiments", CommentReadings.SENTIMENTS);
		try {
			var found = search.find(actor, ResponseFilter.of(params), current * PAGE_SIZE, PAGE_SIZE);
			Map<SurveyId, String> surveyNames = surveyNames(actor);
			Map<UUID, String> branchNames = branchNames(actor);
			Map<String, String> themeNames = new java.util.HashMap<>();
			themes.forEach(t -> themeNames.put(t.key(), t.name(language)));
			var read = readings.of(actor.workspace(), found.responses().stream().map(SurveyResponse::id).toList());
			model.addAttribute("rows", found.responses().stream()
				.map(r -> ResponseRow.of(r, surveyNames, branchNames, read.getOrDefault(r.id(), java.util.List.of()),
						themeNames))
				.toList());
			model.addAttribute("total", found.total());
			model.addAttribute("page", current);
			model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < found.total());
		}
		catch (Problem problem) {
			if (problem.kind() != Problem.Kind.INVALID) {
				throw problem;
			}
			model.addAttribute("problem", problem.messageKey());
			model.addAttribute("problemArgs", problem.args());
		}
		return LIST_VIEW;
	}

	@GetMapping("/responses/{id}")
	String detail(@PathVariable UUID id, Model model) {
		return page.show(Actors.require(), new ResponseId(id), model);
	}

	@GetMapping("/responses/export.csv")
	String exportCsv(@ModelAttribute ResponseFilter.Params params, HttpServletResponse response,
			RedirectAttributes flash) throws IOException {
		return exportOrSay(params, ResponseExport.Format.CSV, response, flash);
	}

	@GetMapping("/responses/export.xlsx")
	String exportXlsx(@ModelAttribute ResponseFilter.Params params, HttpServletResponse response,
			RedirectAttributes flash) throws IOException {
		return exportOrSay(params, ResponseExport.Format.XLSX, response, flash);
	}

	/** Exports, or goes back to the list with the reason when the filter cannot be exported. */
	private String exportOrSay(ResponseFilter.Params params, ResponseExport.Format format, HttpServletResponse response,
			RedirectAttributes flash) throws IOException {
		try {
			export(export, params, format, response);
			return null;
		}
		catch (Problem problem) {
			if (problem.kind() != Problem.Kind.INVALID) {
				throw problem;
			}
			flash.addFlashAttribute("problem", problem.messageKey());
			flash.addFlashAttribute("problemArgs", problem.args());
			String query = params.query();
			return "redirect:/responses" + (query.isEmpty() ? "" : "?" + query);
		}
	}

	/** Checks the filter and the size first, so that a problem is answered before the file starts. */
	static void export(ResponseExport export, ResponseFilter.Params params, ResponseExport.Format format,
			HttpServletResponse response) throws IOException {
		Actor actor = Actors.require();
		ResponseFilter filter = ResponseFilter.of(params);
		var survey = export.check(actor, filter);
		response.setContentType(format.contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(format.fileName(LocalDate.now(export.zone(actor)).toString())).build().toString());
		export.write(actor, filter, survey, format, response.getOutputStream());
	}

	private Map<SurveyId, String> surveyNames(Actor actor) {
		return surveys.all(actor).stream().collect(Collectors.toMap(Survey::id, Survey::name));
	}

	private Map<UUID, String> branchNames(Actor actor) {
		return branches.all(actor.workspace()).stream().collect(Collectors.toMap(Branch::id, Branch::name));
	}
}
