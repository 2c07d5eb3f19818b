package io.tanggap.invitations;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;


import io.tanggap.feedback.SpreadsheetRows;
import io.tanggap.identity.EmailAddresses;
import io.tanggap.identity.Languages;
import io.tanggap.shared.Problem;

/**
 * A CSV file of recipients with a header row: {@code email} (required), {@code name},
 * {@code customer reference}, {@code language} ({@code id} or {@code en}); Indonesian headers
 * ({@code surel}, {@code nama}, {@code referensi}, {@code bahasa}) too, separated by commas or
 * semicolons. Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
final class RecipientList {

	static final int MAX_RECIPIENTS = 10_000;
	static final int MAX_TEXT = 200;

	/** A usable row. */
	record Recipient(int row, String email, String name, String customerRef, String language) {
	}

	/** A row that was not taken, with the problem's code and arguments for its message. */
	record RowError(int row, String value, String code, Object... args) {
	}

	record Parsed(List<Recipient> recipients, List<RowError> errors) {
	}

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("email", "email"),
			Map.entry("e-mail", "email"), Map.entry("surel", "email"), Map.entry("alamat email", "email"),
			Map.entry("name", "name"), Map.entry("nama", "name"), Map.entry("customer reference", "ref"),
			Map.entry("customer ref", "ref"), Map.entry("customer_ref", "ref"), Map.entry("reference", "ref"),
			Map.entry("referensi", "ref"), Map.entry("referensi pelanggan", "ref"), Map.entry("language", "language"),
			Map.entry("bahasa", "language"));

	private RecipientList() {
	}

	/**
	 * @param fileName {@code .xlsx} is read as a workbook (first sheet), anything else as CSV
	 * @throws Problem 422 when the file cannot be read, has no e-mail column or more than
	 * {@value #MAX_RECIPIENTS} rows
	 */
	static Parsed parse(String fileName, InputStream in) {
		SpreadsheetRows sheet;
		try {
			sheet = SpreadsheetRows.read(fileName, in.readAllBytes());
		}
		catch (IOException e) {
			throw Problem.invalid("recipients-unreadable");
		}
		Map<String, String> columns = columns(sheet.headers());
		if (!columns.containsValue("email")) {
			throw Problem.invalid("recipients-no-email-column");
		}
		if (sheet.rows().size() > MAX_RECIPIENTS) {
			throw Problem.invalid("recipients-too-many", MAX_RECIPIENTS);
		}
		return rows(sheet, columns);
	}

	private static Parsed rows(SpreadsheetRows sheet, Map<String, String> columns) {
		List<Recipient> recipients = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < sheet.rows().size(); i++) {
			List<String> cells = sheet.rows().get(i);
			if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
				continue;
			}
			int row = i + 2;
			Map<String, String> values = new HashMap<>();
			for (int c = 0; c < sheet.headers().size(); c++) {
				String column = columns.get(sheet.headers().get(c));
				if (column != null) {
					values.putIfAbsent(column, blankToNull(c < cells.size() ? cells.get(c) : null));
				}
			}
			String email = values.get("email");
			try {
				String address = EmailAddresses.normalise(email);
				Integer first = seen.putIfAbsent(address, row);
				if (first != null) {
					errors.add(new RowError(row, address, "recipient-duplicate", first));
					continue;
				}
				recipients.add(new Recipient(row, address, limited(values.get("name"), "name"),
						limited(values.get("ref"), "customer reference"), language(values.get("language"))));
			}
			catch (Problem problem) {
				errors.add(new RowError(row, email == null ? "" : email, problem.code(), problem.args()));
			}
		}
		return new Parsed(recipients, errors);
	}

	private static Map<String, String> columns(List<String> headers) {
		Map<String, String> columns = new HashMap<>();
		for (String header : headers) {
			String column = COLUMNS.get(header.strip().toLowerCase(Locale.ROOT).replace('_', ' '));
			if (column == null) {
				column = COLUMNS.get(header.strip().toLowerCase(Locale.ROOT));
			}
			if (column != null) {
				columns.putIfAbsent(header, column);
			}
		}
		return columns;
	}

	private static String language(String code) {
		if (code == null) {
			return Languages.DEFAULT;
		}
		String normalised = code.toLowerCase(Locale.ROOT);
		if (!Languages.SUPPORTED.contains(normalised)) {
			throw Problem.invalid("language-unsupported", code);
		}
		return normalised;
	}

	private static String limited(String value, String what) {
		if (value != null && value.length() > MAX_TEXT) {
			throw Problem.invalid("too-long", what, MAX_TEXT);
		}
		return value;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
