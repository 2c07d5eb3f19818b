package io.tanggap.identity;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.LocaleResolver;

import io.tanggap.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing in and out with the form: finds the user, records successes and failures in the audit
 * log and the throttle, and switches the interface to the user's language.
 */
@Component
class SignIn implements UserDetailsService {

	static final String EMAIL_PARAMETER = "email";

	private final Users users;
	private final AuditLog audit;
	private final SignInThrottle throttle;
	private final LocaleResolver locales;

	SignIn(Users users, AuditLog audit, SignInThrottle throttle, LocaleResolver locales) {
		this.users = users;
		this.audit = audit;
		this.throttle = throttle;
		this.locales = locales;
	}

	@Override
	@Transactional(readOnly = true)
	public SignedInUser loadUserByUsername(String email) {
		return users.findByEmail(email == null ? "" : email.strip()).map(SignedInUser::new)
				.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

	SavedRequestAwareAuthenticationSuccessHandler onSuccess() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws jakarta.servlet.ServletException, IOException {
				SignedInUser user = (SignedInUser) authentication.getPrincipal();
				throttle.succeeded(user.getUsername(), request.getRemoteAddr());
				audit.record(user.actor(), "sign-in", null);
				locales.setLocale(request, response, Locale.forLanguageTag(user.user().language()));
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/");
		return handler;
	}

	AuthenticationFailureHandler onFailure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String email = Optional.ofNullable(request.getParameter(EMAIL_PARAMETER)).orElse("").strip();
			throttle.failed(email, request.getRemoteAddr());
			WorkspaceId workspace = users.findByEmail(email).map(User::workspace).orElse(null);
			audit.record(workspace, email.isEmpty() ? "(empty)" : truncate(email), "sign-in.failed", null);
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	LogoutHandler onSignOut() {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
				audit.record(user.actor(), "sign-out", null);
			}
		};
	}

	private static String truncate(String email) {
		return email.length() > 254 ? email.substring(0, 254) : email;
	}
}
