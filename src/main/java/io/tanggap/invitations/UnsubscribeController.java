package io.tanggap.invitations;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.Problem;

/**
 * The public unsubscribe page behind an invitation's link, in the recipient's language. Opening it
 * changes nothing (mail scanners open links); the recipient confirms with a button, no sign-in needed.
 */
@Controller
class UnsubscribeController {

	static final String VIEW = "invitations/unsubscribe";

	private final InvitationManagement invitations;
	private final WorkspaceSetup workspaces;

	UnsubscribeController(InvitationManagement invitations, WorkspaceSetup workspaces) {
		this.invitations = invitations;
		this.workspaces = workspaces;
	}

	@GetMapping("/unsubscribe/{token}")
	String show(@PathVariable String token, Model model) {
		Invitation invitation = invitations.byToken(token).orElseThrow(() -> Problem.notFound("invitation"));
		return page(invitation, invitations.isUnsubscribed(invitation), model);
	}

	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		return page(invitations.unsubscribe(token), true, model);
	}

	private String page(Invitation invitation, boolean done, Model model) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME,
					Locale.forLanguageTag(invitation.language()));
		}
		model.addAttribute("language", invitation.language());
		model.addAttribute("token", invitation.token());
		model.addAttribute("business", workspaces.find(invitation.workspace()).map(Workspace::name).orElse("Tanggap"));
		model.addAttribute("done", done);
		return VIEW;
	}
}
