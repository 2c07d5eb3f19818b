package io.tanggap.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.tanggap.shared.Problem;
import io.tanggap.survey.Question;
import io.tanggap.survey.SurveyDefinition;

/**
 * Which column of an import file holds what: each field names a column by its header, null or
 * blank for none. Given mappings are laid over the {@link #defaults} found from the headers, so a
 * caller names only what differs; a blank value removes a default.
 * @param submittedAt when the customer answered; required
 * @param idempotencyKey a key per row; none means {@code import-<file hash>-<row number>}
 * @param branch a branch's name (any case) or id
 * @param channel a {@link Channel} name; none or blank means IMPORT
 * @param answers question id to the column of its answers
 */
record ImportMapping(String submittedAt, String idempotencyKey, String branch, String channel, String touchpoint,
		String customerRef, String language, Map<String, String> answers) {

	private static final Map<String, List<String>> USUAL_HEADERS = Map.of(
			"submittedAt", List.of("submitted_at", "submittedat", "submitted at", "waktu", "tanggal", "timestamp", "time"),
			"idempotencyKey", List.of("idempotency_key", "idempotency key", "key", "kunci"),
			"branch", List.of("branch", "cabang", "outlet"),
			"channel", List.of("channel", "kanal"),
			"touchpoint", List.of("touchpoint", "titik kontak"),
			"customerRef", List.of("customer_ref", "customer reference", "customer", "pelanggan"),
			"language", List.of("language", "bahasa"));

	ImportMapping {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}

	/** The mapping a file gets unless told otherwise: columns found by their usual headers. */
	static ImportMapping defaults(List<String> headers, SurveyDefinition definition) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (Question q : definition.questions()) {
			column(headers, List.of(q.id(), q.text().in("id", "id"), q.text().in("en", "id")))
				.ifPresent(column -> answers.put(q.id(), column));
		}
		return new ImportMapping(usual(headers, "submittedAt"), usual(headers, "idempotencyKey"),
				usual(headers, "branch"), usual(headers, "channel"), usual(headers, "touchpoint"),
				usual(headers, "customerRef"), usual(headers, "language"), answers);
	}

	/** @return this mapping where it names something (blank: nothing), else {@code defaults} */
	ImportMapping over(ImportMapping defaults) {
		Map<String, String> merged = new LinkedHashMap<>(defaults.answers());
		answers.forEach(merged::put);
		merged.values().removeIf(column -> column == null || column.isBlank());
		return new ImportMapping(or(submittedAt, defaults.submittedAt), or(idempotencyKey, defaults.idempotencyKey),
				or(branch, defaults.branch), or(channel, defaults.channel), or(touchpoint, defaults.touchpoint),
				or(customerRef, defaults.customerRef), or(language, defaults.language), merged);
	}

	/**
	 * Refuses a mapping that cannot work for any row, before anything is stored.
	 * @throws Problem 422 for a column the file lacks, an unknown question, no time column, or no
	 * column for a question that must always be answered
	 */
	ImportMapping check(List<String> headers, SurveyDefinition definition) {
		if (blank(submittedAt)) {
			throw Problem.invalid("import-column-missing", "submittedAt");
		}
		for (String column : columns()) {
			if (index(headers, column) < 0) {
				throw Problem.invalid("import-column-unknown", column);
			}
		}
		for (String question : answers.keySet()) {
			if (definition.questions().stream().noneMatch(q -> q.id().equals(question))) {
				throw Problem.invalid("answer-unknown-question", question);
			}
		}
		for (Question q : definition.questions()) {
			if (q.required() && q.showIf() == null && !answers.containsKey(q.id())) {
				throw Problem.invalid("import-column-missing", q.id());
			}
		}
		return this;
	}

	/** @return the position of {@code column} among the headers (any case), or -1 */
	static int index(List<String> headers, String column) {
		if (blank(column)) {
			return -1;
		}
		for (int i = 0; i < headers.size(); i++) {
			if (headers.get(i).equalsIgnoreCase(column.strip())) {
				return i;
			}
		}
		return -1;
	}

	private List<String> columns() {
		var all = new java.util.ArrayList<String>();
		for (String column : new String[] { submittedAt, idempotencyKey, branch, channel, touchpoint, customerRef,
				language }) {
			if (!blank(column)) {
				all.add(column);
			}
		}
		all.addAll(answers.values());
		return all;
	}

	private static String usual(List<String> headers, String field) {
		return column(headers, USUAL_HEADERS.get(field)).orElse(null);
	}

	private static Optional<String> column(List<String> headers, List<String> candidates) {
		for (String candidate : candidates) {
			for (String header : headers) {
				if (header.strip().toLowerCase(Locale.ROOT).equals(candidate.strip().toLowerCase(Locale.ROOT))) {
					return Optional.of(header);
				}
			}
		}
		return Optional.empty();
	}

	private static String or(String given, String fallback) {
		if (given == null) {
			return fallback;
		}
		return given.isBlank() ? null : given;
	}

	private static boolean blank(String column) {
		return column == null || column.isBlank();
	}
}
