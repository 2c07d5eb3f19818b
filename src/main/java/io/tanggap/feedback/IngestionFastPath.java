package io.tanggap.feedback;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import io.tanggap.identity.Actor;
import io.tanggap.identity.ApiShortcut;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posting a response is the busiest request by far; Spring MVC's dispatch (finding the handler,
 * resolving arguments, handling the return value) cost about 40 % of its CPU, and the API's
 * security filter chain about a quarter of the rest. This filter runs just before the security
 * filters and takes the plain form of the request — {@code POST} of JSON to
 * {@code /api/v1/surveys/<id>/responses} with a valid API key of an agent or higher — past both:
 * identity's {@link ApiShortcut} authenticates the key and writes the chain's security headers,
 * and this filter calls {@link ResponseApi#post} itself. Anything else (no key or a wrong one,
 * another media type, a malformed path) goes on through the security chain to Spring MVC, which
 * answers it as before. Errors go through the same exception resolver as every other request, so
 * problem details are the same. Measured in docs/benchmarks.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the jar's commands run without a web server
class IngestionFastPath {

	static final String PATTERN = "/api/v1/surveys/{surveyId}/responses";
	private static final Pattern PATH = Pattern.compile("/api/v1/surveys/([0-9a-fA-F-]{36})/responses");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> ingestionFastPathFilter(ResponseApi api, JsonMapper json,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors, ApiShortcut shortcut) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Filter(api, json, errors, shortcut));
		registration.addUrlPatterns("/api/v1/surveys/*");
		registration.setName("ingestionFastPath");
		// After the request context (-105), just before the security filters (-100).
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	private static final class Filter extends OncePerRequestFilter {

		private final ResponseApi api;
		private final JsonMapper json;
		private final HandlerExceptionResolver errors;
		private final ApiShortcut shortcut;

		Filter(ResponseApi api, JsonMapper json, HandlerExceptionResolver errors, ApiShortcut shortcut) {
			this.api = api;
			this.json = json;
			this.errors = errors;
			this.shortcut = shortcut;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			UUID survey = plainPost(request);
			var caller = survey == null ? Optional.<Actor>empty()
					: shortcut.caller(request, ResponseApi.POSTING_ROLE);
			if (caller.isEmpty()) {
				chain.doFilter(request, response);
				return;
			}
			shortcut.run(caller.get(), request, response, (req, res) -> post(survey, req, res));
		}

		private void post(UUID survey, HttpServletRequest request, HttpServletResponse response)
				throws ServletException, IOException {
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent(context -> context.setPathPattern(PATTERN));
			try {
				ResponseApi.PostedResponse posted = read(request);
				ResponseEntity<ResponseApi.Posted> answer = api.post(survey, posted, request.getHeader("Idempotency-Key"));
				byte[] body = json.writeValueAsBytes(answer.getBody());
				response.setStatus(answer.getStatusCode().value());
				answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setContentLength(body.length);
				response.getOutputStream().write(body);
			}
			catch (Exception e) {
				if (errors.resolveException(request, response, null, e) != null) {
					return;
				}
				if (e instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new ServletException(e);
			}
		}

		/** @return the survey of a plain JSON post of a response, or null for any other request */
		private static UUID plainPost(HttpServletRequest request) {
			if (!"POST".equals(request.getMethod()) || request.getContentType() == null) {
				return null;
			}
			Matcher path = PATH.matcher(request.getRequestURI());
			if (!path.matches() || request.getQueryString() != null) {
				return null;
			}
			try {
				MediaType type = MediaType.parseMediaType(request.getContentType());
				boolean utf8 = type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset());
				if (!MediaType.APPLICATION_JSON.isCompatibleWith(type) || !utf8) {
					return null; // another charset is decoded by Spring MVC's converter
				}
				return UUID.fromString(path.group(1));
			}
			catch (IllegalArgumentException e) {
				return null; // Spring MVC answers it
			}
		}

		private ResponseApi.PostedResponse read(HttpServletRequest request) throws IOException {
			try {
				ResponseApi.PostedResponse posted = json.readValue(request.getInputStream(), ResponseApi.PostedResponse.class);
				if (posted == null) {
					throw new HttpMessageNotReadableException("The response is missing.", new ServletServerHttpRequest(request));
				}
				return posted;
			}
			catch (JacksonException e) {
				throw new HttpMessageNotReadableException("The response is not readable JSON: " + e.getOriginalMessage(),
						e, new ServletServerHttpRequest(request));
			}
		}
	}
}
