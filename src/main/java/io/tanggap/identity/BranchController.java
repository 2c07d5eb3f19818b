package io.tanggap.identity;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.shared.Problem;

/** Listing, adding, editing and removing the workspace's branches. */
@Controller
class BranchController {

	static final String LIST_VIEW = "identity/branches";
	static final String EDIT_VIEW = "identity/branch";

	private final BranchDirectory branches;

	BranchController(BranchDirectory branches) {
		this.branches = branches;
	}

	@GetMapping("/settings/branches")
	String list(Model model) {
		model.addAttribute("newBranch", new Forms.BranchDetails("", "", ""));
		return showList(model);
	}

	@PostMapping("/settings/branches")
	String add(@Validated @ModelAttribute("newBranch") Forms.BranchDetails form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				Branch added = branches.add(Actors.require(), form.name(), form.city(), form.address());
				flash.addFlashAttribute("saved", added.name());
				return "redirect:/settings/branches";
			}
			catch (Problem problem) {
				FormProblems.reject(errors, problem);
			}
		}
		return showList(model);
	}

	@GetMapping("/settings/branches/{id}")
	String edit(@PathVariable UUID id, Model model) {
		Branch branch = branches.get(Actors.require(), id);
		model.addAttribute("branch", branch);
		model.addAttribute("details", new Forms.BranchDetails(branch.name(), branch.city(), branch.address()));
		return EDIT_VIEW;
	}

	@PostMapping("/settings/branches/{id}")
	String change(@PathVariable UUID id, @Validated @ModelAttribute("details") Forms.BranchDetails form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		model.addAttribute("branch", branches.get(Actors.require(), id));
		if (!errors.hasErrors()) {
			try {
				Branch changed = branches.change(Actors.require(), id, form.name(), form.city(), form.address());
				flash.addFlashAttribute("saved", changed.name());
				return "redirect:/settings/branches";
			}
			catch (Problem problem) {
				FormProblems.reject(errors, problem);
			}
		}
		return EDIT_VIEW;
	}

	@PostMapping("/settings/branches/{id}/remove")
	String remove(@PathVariable UUID id, RedirectAttributes flash) {
		Branch branch = branches.get(Actors.require(), id);
		branches.remove(Actors.require(), id);
		flash.addFlashAttribute("removed", branch.name());
		return "redirect:/settings/branches";
	}

	private String showList(Model model) {
		model.addAttribute("branches", branches.all(Actors.require().workspace()));
		return LIST_VIEW;
	}
}
