package io.tanggap.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.tanggap.shared.Problem;
import tools.jackson.databind.DatabindException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every error of {@code /api/**} becomes an RFC 9457 problem detail with a stable {@code type}
 * ({@code /problems/<code>}, listed in docs/api.md) and a message in the caller's language. For
 * pages, a {@link Problem} becomes the error page of its status and anything else goes on to
 * Spring's own handling.
 */
@ControllerAdvice
class ProblemAdvice {

	private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
	static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final MessageSource messages;

	ProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> problem(Problem problem, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (!isApi(request)) {
			response.sendError(problem.kind().status());
			return null;
		}
		Object[] args = problem.args();
		if (problem.kind() == Problem.Kind.NOT_FOUND && args.length == 1) {
			args = new Object[] { textOr("resource." + args[0], String.valueOf(args[0])) };
		}
		return respond(problem.kind().status(), problem.code(), text(problem.messageKey(), args), Map.of());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request)
			throws MethodArgumentNotValidException {
		if (!isApi(request)) {
			throw e;
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
			.map(error -> Map.of("field", error.getField(), "message", message(error, locale)))
			.toList();
		return respond(422, "validation", text("problem.validation"), Map.of("errors", errors));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (!isApi(request)) {
			if (e instanceof MethodArgumentTypeMismatchException mismatch && inPath(mismatch)) {
				response.sendError(404);
				return null;
			}
			throw e;
		}
		if (e instanceof AuthenticationException) {
			return respond(401, "unauthenticated", text("problem.unauthenticated"), Map.of());
		}
		if (e instanceof AccessDeniedException) {
			return respond(403, "forbidden", text("problem.forbidden"), Map.of());
		}
		if (e instanceof HttpMessageNotReadableException unreadable) {
			return respond(400, "malformed-body", text("problem.malformed-body"), where(unreadable));
		}
		if (e instanceof MethodArgumentTypeMismatchException mismatch) {
			return inPath(mismatch) ? respond(404, "not-found", text("problem.not-found", textOr("resource.resource", "resource")), Map.of())
					: respond(400, "invalid-parameter", text("problem.invalid-parameter", mismatch.getName()), Map.of());
		}
		if (e instanceof ErrorResponse standard) {
			int status = standard.getStatusCode().value();
			String code = status == 404 ? "not-found" : "http-" + status;
			String detail = status == 404 ? text("problem.not-found", textOr("resource.resource", "resource")) : standard.getBody().getDetail();
			return respond(status, code, detail, Map.of());
		}
		LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return respond(500, "internal", text("problem.internal"), Map.of());
	}

	private ResponseEntity<ProblemDetail> respond(int status, String code, String detail, Map<String, Object> more) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		body.setType(URI.create("/problems/" + code));
		body.setTitle(textOr("problem.title." + status, HttpStatus.valueOf(status).getReasonPhrase()));
		more.forEach(body::setProperty);
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private String textOr(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}

	private String message(FieldError error, Locale locale) {
		return messages.getMessage(error, locale);
	}

	/** Where in the body the problem lies, as a JSON path such as {@code $.definition.questions[1].type}. */
	private static Map<String, Object> where(HttpMessageNotReadableException e) {
		if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder("$");
			for (var reference : databind.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append('.').append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			return Map.of("path", path.toString());
		}
		return Map.of();
	}

	/** A malformed id in the path names nothing that exists: 404, not 400. */
	private static boolean inPath(MethodArgumentTypeMismatchException mismatch) {
		return mismatch.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
