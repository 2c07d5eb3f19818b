package io.tanggap.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import io.tanggap.shared.Problem;

/** The caller of the current request, for any module that scopes its work to a workspace. */
public final class Actors {

	private Actors() {
	}

	/** @return the caller, empty when nobody is signed in */
	public static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof SignedInUser user) {
			return Optional.of(user.actor());
		}
		if (principal instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/** @return the caller; a request without one never reaches code that calls this */
	public static Actor require() {
		return current().orElseThrow(() -> Problem.forbidden("signed-out"));
	}

}
