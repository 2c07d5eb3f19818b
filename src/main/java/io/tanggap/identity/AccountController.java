package io.tanggap.identity;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.tanggap.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A person's own account: name, interface language and password. */
@Controller
class AccountController {

	static final String VIEW = "identity/account";

	private final Team team;
	private final LocaleResolver locales;

	AccountController(Team team, LocaleResolver locales) {
		this.team = team;
		this.locales = locales;
	}

	@GetMapping("/account")
	String page(Model model) {
		Team.Member me = team.profile(Actors.require());
		model.addAttribute("profile", new Forms.Profile(me.displayName(), me.language()));
		model.addAttribute("passwordChange", new Forms.PasswordChange("", "", ""));
		return VIEW;
	}

	@PostMapping("/account/profile")
	String changeProfile(@Validated @ModelAttribute("profile") Forms.Profile form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		model.addAttribute("passwordChange", new Forms.PasswordChange("", "", ""));
		if (!errors.hasErrors()) {
			try {
				Team.Member me = team.changeProfile(Actors.require(), form.displayName(), form.language());
				locales.setLocale(request, response, Locale.forLanguageTag(me.language()));
				flash.addFlashAttribute("saved", "account.profile-saved");
				return "redirect:/account";
			}
			catch (Problem problem) {
				FormProblems.reject(errors, problem);
			}
		}
		return VIEW;
	}

	@PostMapping("/account/password")
	String changePassword(@Validated @ModelAttribute("passwordChange") Forms.PasswordChange form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		Team.Member me = team.profile(Actors.require());
		model.addAttribute("profile", new Forms.Profile(me.displayName(), me.language()));
		FormProblems.confirm(errors, form.password(), form.passwordConfirmation());
		if (!errors.hasErrors()) {
			try {
				team.changePassword(Actors.require(), form.currentPassword(), form.password());
				flash.addFlashAttribute("saved", "account.password-saved");
				return "redirect:/account";
			}
			catch (Problem problem) {
				FormProblems.reject(errors, problem);
			}
		}
		return VIEW;
	}
}
