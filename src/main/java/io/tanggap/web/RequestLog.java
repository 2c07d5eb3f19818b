package io.tanggap.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One log line per request at debug level: method, path, status and duration. Switch it on with
 * {@code TANGGAP_REQUEST_LOG_LEVEL=debug}. Query strings and invitation tokens are left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

	private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!LOG.isDebugEnabled()) {
			chain.doFilter(request, response);
			return;
		}
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			LOG.debug("{} {} -> {} in {} ms", request.getMethod(), withoutSecrets(request.getRequestURI()), response.getStatus(),
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/** Invitation links carry their token in the path. */
	static String withoutSecrets(String path) {
		return path.startsWith("/invitations/") ? "/invitations/***" : path;
	}
}
