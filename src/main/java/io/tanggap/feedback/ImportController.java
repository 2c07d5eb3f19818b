package io.tanggap.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.identity.Role;
import io.tanggap.shared.Problem;
import io.tanggap.survey.Question;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * The import page: upload a file, map its columns, check it in a dry run, then import it in the
 * background and watch its progress (polled by htmx; a refresh link without JavaScript).
 */
@Controller
class ImportController {

	static final String VIEW = "feedback/import";
	static final String PROGRESS = "feedback/import :: progress";

	private final ImportJobs jobs;
	private final ResponseImport imports;
	private final SurveyManagement surveys;

	ImportController(ImportJobs jobs, ResponseImport imports, SurveyManagement surveys) {
		this.jobs = jobs;
		this.imports = imports;
		this.surveys = surveys;
	}

	@GetMapping("/surveys/{id}/import")
	String upload(@PathVariable UUID id, Model model) {
		return page(admin(), id, model);
	}

	@PostMapping("/surveys/{id}/import")
	String uploaded(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model) {
		Actor actor = admin();
		try {
			if (file == null || file.isEmpty()) {
				throw Problem.invalid("import-file-empty");
			}
			SpreadsheetRows sheet = SpreadsheetRows.read(file.getOriginalFilename(), ImportApi.bytes(file));
			ImportJobs.Job job = jobs.upload(actor.workspace(), new SurveyId(id), sheet);
			job.mapping = imports.defaults(actor.workspace(), job.survey, sheet);
			return "redirect:/surveys/" + id + "/import/" + job.id;
		}
		catch (Problem problem) {
			rethrowUnlessInput(problem);
			model.addAttribute("problem", problem);
			return page(actor, id, model);
		}
	}

	@GetMapping("/surveys/{id}/import/{job}")
	String mapping(@PathVariable UUID id, @PathVariable UUID job, Model model) {
		Actor actor = admin();
		model.addAttribute("job", jobs.get(actor.workspace(), new SurveyId(id), job));
		return page(actor, id, model);
	}

	@PostMapping("/surveys/{id}/import/{job}/check")
	String check(@PathVariable UUID id, @PathVariable UUID job, @RequestParam Map<String, String> form, Model model) {
		Actor actor = admin();
		ImportJobs.Job found = jobs.get(actor.workspace(), new SurveyId(id), job);
		model.addAttribute("job", found);
		try {
			ImportMapping given = mapping(form);
			found.mapping = given.over(imports.defaults(actor.workspace(), found.survey, found.sheet));
			model.addAttribute("report", imports.run(actor.workspace(), found.survey, found.sheet, given, true, done -> {
			}));
		}
		catch (Problem problem) {
			rethrowUnlessInput(problem);
			model.addAttribute("problem", problem);
		}
		return page(actor, id, model);
	}

	@PostMapping("/surveys/{id}/import/{job}/start")
	String start(@PathVariable UUID id, @PathVariable UUID job) {
		Actor actor = admin();
		jobs.start(jobs.get(actor.workspace(), new SurveyId(id), job));
		return "redirect:/surveys/" + id + "/import/" + job + "/progress";
	}

	@GetMapping("/surveys/{id}/import/{job}/progress")
	String progress(@PathVariable UUID id, @PathVariable UUID job, Model model) {
		Actor actor = admin();
		model.addAttribute("job", jobs.get(actor.workspace(), new SurveyId(id), job));
		return page(actor, id, model);
	}

	@GetMapping(path = "/surveys/{id}/import/{job}/progress", params = "part=progress")
	String progressFragment(@PathVariable UUID id, @PathVariable UUID job, Model model) {
		Actor actor = admin();
		model.addAttribute("survey", surveys.get(actor, new SurveyId(id)));
		model.addAttribute("job", jobs.get(actor.workspace(), new SurveyId(id), job));
		return PROGRESS;
	}

	/**
	 * One row of the mapping form.
	 * @param label a message key for a response field, or the question's text
	 */
	record MappingField(String name, String label, boolean question, String column) {
	}

	private String page(Actor actor, UUID id, Model model) {
		model.addAttribute("survey", surveys.get(actor, new SurveyId(id)));
		try {
			SurveyDefinition definition = imports.definition(actor.workspace(), new SurveyId(id));
			if (model.getAttribute("job") instanceof ImportJobs.Job job && job.mapping != null) {
				model.addAttribute("fields", fields(job.mapping, definition));
			}
		}
		catch (Problem notOpen) {
			rethrowUnlessInput(notOpen);
			model.addAttribute("problem", notOpen);
		}
		return VIEW;
	}

	private static List<MappingField> fields(ImportMapping mapping, SurveyDefinition definition) {
		List<MappingField> fields = new ArrayList<>(List.of(
				new MappingField("submittedAt", "import.field.submittedAt", false, mapping.submittedAt()),
				new MappingField("idempotencyKey", "import.field.idempotencyKey", false, mapping.idempotencyKey()),
				new MappingField("branch", "import.field.branch", false, mapping.branch()),
				new MappingField("channel", "import.field.channel", false, mapping.channel()),
				new MappingField("touchpoint", "import.field.touchpoint", false, mapping.touchpoint()),
				new MappingField("customerRef", "import.field.customerRef", false, mapping.customerRef()),
				new MappingField("language", "import.field.language", false, mapping.language())));
		String language = definition.defaultLanguage();
		for (Question q : definition.questions()) {
			fields.add(new MappingField("q." + q.id(), q.text().in(language, language) + " (" + q.id() + ")", true,
					mapping.answers().get(q.id())));
		}
		return fields;
	}

	private static ImportMapping mapping(Map<String, String> form) {
		Map<String, String> answers = new HashMap<>();
		form.forEach((name, column) -> {
			if (name.startsWith("q.")) {
				answers.put(name.substring(2), column);
			}
		});
		return new ImportMapping(field(form, "submittedAt"), field(form, "idempotencyKey"), field(form, "branch"),
				field(form, "channel"), field(form, "touchpoint"), field(form, "customerRef"), field(form, "language"),
				answers);
	}

	/** A field the form left out keeps its default; an empty one means no column. */
	private static String field(Map<String, String> form, String name) {
		return form.get(name);
	}

	private static Actor admin() {
		return Actors.require().requireRole(Role.ADMIN);
	}

	private static void rethrowUnlessInput(Problem problem) {
		if (problem.kind() == Problem.Kind.NOT_FOUND || problem.kind() == Problem.Kind.FORBIDDEN) {
			throw problem;
		}
	}
}
