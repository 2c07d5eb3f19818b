package io.tanggap.invitations;

import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

import io.tanggap.invitations.Invitation.State;
import io.tanggap.shared.Problem;

/**
 * Which of a survey's invitations staff look at. Both parts are optional.
 * @param state only invitations in this state
 * @param text a piece of the recipient's address, lower case (addresses are stored so)
 */
record InvitationFilter(State state, String text) {

	static final InvitationFilter ANY = new InvitationFilter(null, null);
	static final int MAX_TEXT = 254;

	/**
	 * Reads the parameters of the list's form or link; blanks mean "any", a state may be in any case.
	 * @throws Problem 422 for an unknown state or a search longer than an address can be
	 */
	static InvitationFilter of(String state, String q) {
		String text = blank(q) ? null : q.strip().toLowerCase(Locale.ROOT);
		if (text != null && text.length() > MAX_TEXT) {
			throw Problem.invalid("too-long", "q", MAX_TEXT);
		}
		return new InvitationFilter(blank(state) ? null : state(state.strip()), text);
	}

	/** @return the URL query that reproduces this filter, without the leading {@code ?}; empty for any */
	String query() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		if (state != null) {
			uri.queryParam("state", state.name());
		}
		if (text != null) {
			uri.queryParam("q", text);
		}
		String query = uri.encode().build().getQuery();
		return query == null ? "" : query;
	}

	/** @return the text as a LIKE pattern with {@code !} as the escape, so that {@code %} and {@code _} are literal */
	String pattern() {
		return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

	private static State state(String value) {
		try {
			return State.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid("filter-value", "state");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
