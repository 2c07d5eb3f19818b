package io.tanggap.identity;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a session true to the database: a removed user is signed out at their next request, and a
 * changed role or name applies at once rather than at the next sign-in.
 */
final class SessionRefreshFilter extends OncePerRequestFilter {

	private final Users users;
	private final SecurityContextRepository contexts;

	SessionRefreshFilter(Users users, SecurityContextRepository contexts) {
		this.users = users;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
			Optional<User> current = users.find(signedIn.user().workspace(), signedIn.user().id());
			if (current.isEmpty()) {
				SecurityContextHolder.clearContext();
				Optional.ofNullable(request.getSession(false)).ifPresent(session -> session.invalidate());
			}
			else if (!current.get().equals(signedIn.user())) {
				SignedInUser refreshed = new SignedInUser(current.get());
				refreshed.eraseCredentials();
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
						refreshed.getAuthorities()));
				SecurityContextHolder.setContext(context);
				contexts.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}
}
