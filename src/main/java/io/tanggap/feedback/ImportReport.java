package io.tanggap.feedback;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What an import did, or in a dry run would do.
 * @param rows the data rows read (blank rows are not counted)
 * @param imported rows stored now (dry run: that would be stored)
 * @param duplicates rows whose idempotency key was stored before, counted once only
 * @param rejected the rows that are not stored, in file order
 * @param preview the first rows with their outcome, for the staff page
 */
record ImportReport(int rows, int imported, int duplicates, List<Rejection> rejected,
		@JsonIgnore List<PreviewRow> preview) {

	static final int PREVIEW_ROWS = 20;

	/**
	 * A row that is not stored, and why.
	 * @param row the row's number in the spreadsheet, the header being row 1
	 * @param column the header of the column at fault; null when it is the row as a whole
	 * @param code the problem code, as in {@code /problems/<code>}
	 */
	record Rejection(int row, String column, String code, @JsonIgnore Object[] args) {

		String messageKey() {
			return "problem." + code;
		}

		/** @return the translated message, prefixed with the row (and column) it is about */
		String message(MessageSource messages, Locale locale) {
			String text = messages.getMessage(messageKey(), args, code, locale);
			String where = column == null ? messages.getMessage("import.at-row", new Object[] { row }, locale)
					: messages.getMessage("import.at-cell", new Object[] { row, column }, locale);
			return where + ": " + text;
		}
	}

	/** One of the first rows as read, with its problem or null when it is fine. */
	record PreviewRow(int row, List<String> cells, Rejection problem) {
	}

	/** The report as the API gives it, with translated messages. */
	record Translated(int rows, int imported, int duplicates, List<TranslatedRejection> rejected) {
	}

	record TranslatedRejection(int row, String column, String code, String message) {
	}

	Translated translated(MessageSource messages, Locale locale) {
		return new Translated(rows, imported, duplicates, rejected.stream()
			.map(r -> new TranslatedRejection(r.row(), r.column(), r.code(), r.message(messages, locale)))
			.toList());
	}
}
