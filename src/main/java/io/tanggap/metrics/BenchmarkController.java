package io.tanggap.metrics;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.shared.Problem;

/**
 * The settings page of external benchmarks ({@code /settings/benchmarks}, for admins): the
 * workspace's benchmarks, a form to add one, the shipped list to copy one from, and removing them.
 */
@Controller
class BenchmarkController {

	static final String VIEW = "metrics/benchmarks";
	private static final String PAGE = "redirect:/settings/benchmarks";

	private final BenchmarkManagement benchmarks;
	private final BenchmarkLibrary library;
	private final MessageSource messages;

	BenchmarkController(BenchmarkManagement benchmarks, BenchmarkLibrary library, MessageSource messages) {
		this.benchmarks = benchmarks;
		this.library = library;
		this.messages = messages;
	}

	@GetMapping("/settings/benchmarks")
	String list(Model model) {
		model.addAttribute("newBenchmark", BenchmarkForm.empty());
		return show(model);
	}

	@PostMapping("/settings/benchmarks")
	String add(@ModelAttribute("newBenchmark") BenchmarkForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		Actor actor = Actors.require();
		Locale locale = LocaleContextHolder.getLocale();
		BenchmarkDetails details = form.details(errors);
		details.problems(benchmarks.nextYear()).forEach(problem -> BenchmarkForm.reject(errors, problem, messages, locale));
		if (!errors.hasErrors()) {
			try {
				Benchmark added = benchmarks.add(actor, details);
				flash.addFlashAttribute("saved", added.details().source());
				return PAGE;
			}
			catch (Problem problem) {
				rethrowUnlessInput(problem);
				BenchmarkForm.reject(errors, problem, messages, locale);
			}
		}
		return show(model);
	}

	@PostMapping("/settings/benchmarks/library")
	String addFromLibrary(@RequestParam String entry, RedirectAttributes flash) {
		try {
			Benchmark added = benchmarks.addFromLibrary(Actors.require(), entry);
			flash.addFlashAttribute("saved", added.details().source());
		}
		catch (Problem problem) {
			rethrowUnlessInput(problem);
			flash.addFlashAttribute("problem", problem.messageKey());
			flash.addFlashAttribute("problemArgs", problem.args());
		}
		return PAGE;
	}

	@PostMapping("/settings/benchmarks/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes flash) {
		benchmarks.remove(Actors.require(), id);
		flash.addFlashAttribute("done", "benchmarks.removed");
		return PAGE;
	}

	private String show(Model model) {
		model.addAttribute("benchmarks", benchmarks.all(Actors.require().workspace()));
		model.addAttribute("library", library.all());
		model.addAttribute("figures", MetricDefinitions.standard().all());
		model.addAttribute("nextYear", benchmarks.nextYear());
		return VIEW;
	}

	/** A missing thing or a missing right is no mistake of the form: answered as 404 or 403. */
	private static void rethrowUnlessInput(Problem problem) {
		if (problem.kind() == Problem.Kind.NOT_FOUND || problem.kind() == Problem.Kind.FORBIDDEN) {
			throw problem;
		}
	}
}
