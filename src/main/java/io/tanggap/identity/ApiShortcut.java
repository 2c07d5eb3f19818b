package io.tanggap.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.stereotype.Component;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A shorter way past the API's security filter chain for one very busy request (posting a
 * response), which spends about a quarter of its CPU in that chain. It covers only the plain
 * case: a valid API key whose role allows the request. Whatever else arrives (no key, a wrong or
 * revoked key, a role too low) must take the full chain, which answers it as for any request.
 * The response gets the chain's own security headers, written by the chain's own filter.
 */
@Component
@ConditionalOnWebApplication
public class ApiShortcut {

	/**
	 * A request's work once its caller is known; it reads the caller through {@link Actors} and
	 * must write to the response it is given (the security headers go out with it).
	 */
	public interface Work {
		void run(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException;
	}

	private final ApiKeyManagement keys;
	private final HeaderWriterFilter headers;

	ApiShortcut(ApiKeyManagement keys, @Qualifier("api") SecurityFilterChain api) {
		this.keys = keys;
		this.headers = api.getFilters().stream().filter(HeaderWriterFilter.class::isInstance)
			.map(HeaderWriterFilter.class::cast).findFirst()
			.orElseThrow(() -> new IllegalStateException("The API's filter chain writes no security headers"));
	}

	/**
	 * @return the caller of a request that presents a valid API key whose role is at least
	 *         {@code needed}; empty for every other request, which must then take the full chain
	 */
	public Optional<Actor> caller(HttpServletRequest request, Role needed) {
		String presented = ApiKeyFilter.presentedKey(request);
		return presented == null ? Optional.empty() : keys.authenticate(presented).filter(actor -> actor.may(needed));
	}

	/** Does the work as the caller, with the security headers of every API response. */
	public void run(Actor caller, HttpServletRequest request, HttpServletResponse response, Work work)
			throws IOException, ServletException {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null,
				List.of(new SimpleGrantedAuthority(caller.role().authority()))));
		SecurityContextHolder.setContext(context);
		try {
			FilterChain then = (req, res) -> work.run((HttpServletRequest) req, (HttpServletResponse) res);
			headers.doFilter(request, response, then);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
