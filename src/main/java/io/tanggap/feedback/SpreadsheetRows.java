package io.tanggap.feedback;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.tanggap.shared.Problem;

/**
 * A spreadsheet people upload (responses to import, recipients to invite) as text: its header row and its data rows, read from CSV (UTF-8, comma
 * or semicolon separated) or from the first sheet of an XLSX workbook, read as a stream ({@link XlsxFile}). Cells are
 * strings; an XLSX date cell becomes an ISO local date-time, a whole number loses its {@code .0}.
 * @param hash the file's SHA-256 in hex, naming the file in default idempotency keys
 */
public record SpreadsheetRows(String hash, List<String> headers, List<List<String>> rows) {

	static final int MAX_BYTES = 20 * 1024 * 1024;
	static final int MAX_ROWS = 200_000;

	/**
	 * @param name the file name; {@code .xlsx} is read as a workbook, anything else as CSV
	 * @throws Problem 422 when the file is too large, has too many rows, is empty or unreadable
	 */
	public static SpreadsheetRows read(String name, byte[] content) {
		if (content.length > MAX_BYTES) {
			throw Problem.invalid("import-file-too-large", MAX_BYTES / (1024 * 1024));
		}
		List<List<String>> all = name != null && name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
				? XlsxFile.firstSheet(content, MAX_ROWS) : csv(content);
		if (all.isEmpty() || all.get(0).stream().allMatch(String::isBlank)) {
			throw Problem.invalid("import-file-empty");
		}
		List<String> headers = all.get(0).stream().map(String::strip).toList();
		List<List<String>> rows = all.subList(1, all.size());
		if (rows.size() > MAX_ROWS) {
			throw Problem.invalid("import-too-many-rows", MAX_ROWS);
		}
		return new SpreadsheetRows(sha256(content), headers, List.copyOf(rows));
	}

	private static List<List<String>> csv(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
				? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = new StringReader(text); var parser = format.parse(reader)) {
			for (CSVRecord record : parser) {
				if (rows.size() > MAX_ROWS + 1) {
					throw Problem.invalid("import-too-many-rows", MAX_ROWS);
				}
				rows.add(record.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw Problem.invalid("import-file-unreadable");
		}
		return rows;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
