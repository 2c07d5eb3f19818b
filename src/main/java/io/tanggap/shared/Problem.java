package io.tanggap.shared;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user's mistake or a missing thing, raised by any module and answered as a 4xx: an RFC 9457
 * problem detail on the API, a translated message on a page. The {@code code} is stable: it names
 * both the problem type ({@code /problems/<code>}) and the message key ({@code problem.<code>}).
 */
public final class Problem extends RuntimeException {

	/** How the problem is answered. */
	public enum Kind {
		/** 404: the thing does not exist, or not in the caller's workspace. */
		NOT_FOUND(404),
		/** 409: the request clashes with the current state, e.g. a duplicate. */
		CONFLICT(409),
		/** 422: well-formed but unacceptable input. */
		INVALID(422),
		/** 403: the caller's role does not allow it. */
		FORBIDDEN(403),
		/** 410: it existed but is no longer usable, e.g. an expired invitation. */
		GONE(410),
		/** 503: not now, try again shortly; nothing was stored. */
		UNAVAILABLE(503);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	private final Kind kind;
	private final String code;
	private final transient Object[] args;

	private Problem(Kind kind, String code, Object... args) {
		super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)), null, false, false);
		this.kind = Objects.requireNonNull(kind);
		this.code = Objects.requireNonNull(code);
		this.args = args.clone();
	}

	/** @param what the kind of resource, e.g. {@code "branch"}; used in the message */
	public static Problem notFound(String what) {
		return new Problem(Kind.NOT_FOUND, "not-found", what);
	}

	public static Problem conflict(String code, Object... args) {
		return new Problem(Kind.CONFLICT, code, args);
	}

	public static Problem invalid(String code, Object... args) {
		return new Problem(Kind.INVALID, code, args);
	}

	public static Problem forbidden(String code, Object... args) {
		return new Problem(Kind.FORBIDDEN, code, args);
	}

	public static Problem gone(String code, Object... args) {
		return new Problem(Kind.GONE, code, args);
	}

	public static Problem unavailable(String code, Object... args) {
		return new Problem(Kind.UNAVAILABLE, code, args);
	}

	public Kind kind() {
		return kind;
	}

	public String code() {
		return code;
	}

	/** The message key for translation: {@code problem.<code>}. */
	public String messageKey() {
		return "problem." + code;
	}

	public Object[] args() {
		return args.clone();
	}
}
