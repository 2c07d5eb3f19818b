package io.tanggap.identity;

import org.springframework.validation.BindingResult;

import io.tanggap.shared.Problem;

/** Shows a service's {@link Problem} on the form that caused it, translated like field errors. */
final class FormProblems {

	private FormProblems() {
	}

	static void reject(BindingResult errors, Problem problem) {
		errors.reject(problem.messageKey(), problem.args(), problem.code());
	}

	/** Rejects the form when the two passwords typed differ. */
	static void confirm(BindingResult errors, String password, String confirmation) {
		if (password != null && !password.equals(confirmation)) {
			errors.rejectValue("passwordConfirmation", "validation.password-mismatch");
		}
	}
}
