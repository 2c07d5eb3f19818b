package io.tanggap.identity;

import java.util.Locale;

/** What a user or API key may do; each role includes everything of the roles below it. */
public enum Role {
	/** Everything, including the audit log and other owners. */
	OWNER,
	/** Manages the workspace: team, branches, API keys, surveys. */
	ADMIN,
	/** Works cases and answers customers; reads everything else. */
	AGENT,
	/** Reads dashboards, responses and reports. */
	VIEWER;

	/** Spring Security's role hierarchy expression for these roles. */
	static final String HIERARCHY = "ROLE_OWNER > ROLE_ADMIN\nROLE_ADMIN > ROLE_AGENT\nROLE_AGENT > ROLE_VIEWER";

	public String authority() {
		return "ROLE_" + name();
	}

	/** @return whether this role includes everything {@code other} may do */
	public boolean includes(Role other) {
		return ordinal() <= other.ordinal();
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
