package io.tanggap.identity;

import java.io.IOException;
import java.util.List;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code /api} requests by API key, given as {@code Authorization: Bearer tg_...} or
 * {@code X-API-Key: tg_...}. A request that presents a wrong key is refused at once; one that
 * presents none goes on and is refused by authorisation unless the endpoint is public.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

	private final ApiKeyManagement keys;
	private final AuthenticationEntryPoint entryPoint;

	ApiKeyFilter(ApiKeyManagement keys, AuthenticationEntryPoint entryPoint) {
		this.keys = keys;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presentedKey(request);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		var actor = keys.authenticate(presented);
		if (actor.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked API key"));
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(actor.get(), null,
				List.of(new SimpleGrantedAuthority(actor.get().role().authority())));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static String presentedKey(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return header.substring(7).strip();
		}
		String apiKey = request.getHeader("X-API-Key");
		return apiKey == null ? null : apiKey.strip();
	}
}
