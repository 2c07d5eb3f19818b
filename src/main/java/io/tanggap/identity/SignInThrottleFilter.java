package io.tanggap.identity;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a sign-in attempt before the password is even checked while the throttle is closed. */
final class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;
	private final AuditLog audit;

	SignInThrottleFilter(SignInThrottle throttle, AuditLog audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter(SignIn.EMAIL_PARAMETER);
		if (throttle.blocked(email, request.getRemoteAddr())) {
			audit.record(null, email == null ? "(empty)" : email.strip(), "sign-in.throttled", null);
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}
}
