package io.tanggap.identity;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;

import io.tanggap.shared.Problem;

/** Parses and checks a workspace's display settings; blank means the default. */
final class WorkspaceSettings {

	private WorkspaceSettings() {
	}

	static ZoneId zone(String id) {
		if (id == null || id.isBlank()) {
			return Workspace.DEFAULT_TIME_ZONE;
		}
		try {
			return ZoneId.of(id.strip());
		}
		catch (DateTimeException e) {
			throw Problem.invalid("time-zone-unknown", id);
		}
	}

	static Currency currency(String code) {
		if (code == null || code.isBlank()) {
			return Workspace.DEFAULT_CURRENCY;
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid("currency-unknown", code);
		}
	}

	static String name(String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw Problem.invalid("workspace-name-required");
		}
		if (stripped.length() > 100) {
			throw Problem.invalid("too-long", "name", 100);
		}
		return stripped;
	}
}
