package io.tanggap.textanalytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labelled texts: {@code text<TAB>label} lines (SmSA's format), or a CSV file with a header
 * that has {@code text} and {@code label} columns (NusaX's {@code id,text,label}). Labels are
 * positive, neutral or negative, in any case. Invalid UTF-8 is replaced, never fatal.
 */
final class Corpus {

	/** Why a file cannot be read as labelled texts, in words for the person who gave it. */
	static final class Unreadable extends Exception {
		Unreadable(String message) {
			super(message);
		}
	}

	private Corpus() {
	}

	static List<LabelledText> read(Path file) throws Unreadable {
		try {
			String first;
			try (BufferedReader reader = open(file)) {
				first = reader.readLine();
			}
			if (first == null || first.isBlank()) {
				throw new Unreadable(file + " is empty: expected lines of text<TAB>label");
			}
			boolean csv = !first.contains("\t") && first.toLowerCase(Locale.ROOT).replace("\uFEFF", "").matches("(id,)?text,label.*");
			List<LabelledText> texts = csv ? readCsv(file) : readTabbed(file);
			if (texts.isEmpty()) {
				throw new Unreadable(file + " has no labelled texts");
			}
			return texts;
		}
		catch (NoSuchFileException e) {
			throw new Unreadable("No such file: " + file);
		}
		catch (IOException e) {
			throw new Unreadable("Cannot read " + file + ": " + e.getMessage());
		}
	}

	private static List<LabelledText> readTabbed(Path file) throws IOException, Unreadable {
		List<LabelledText> texts = new ArrayList<>();
		try (BufferedReader reader = open(file)) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				int tab = line.lastIndexOf('\t');
				if (tab < 0) {
					throw new Unreadable("Line " + number + " of " + file + " has no tab: expected text<TAB>label");
				}
				texts.add(new LabelledText(line.substring(0, tab), label(line.substring(tab + 1), number, file)));
			}
		}
		return texts;
	}

	private static List<LabelledText> readCsv(Path file) throws IOException, Unreadable {
		List<LabelledText> texts = new ArrayList<>();
		try (Reader reader = open(file);
				CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			for (CSVRecord record : csv) {
				long line = record.getRecordNumber() + 1;
				if (!record.isSet("text") || !record.isSet("label")) {
					throw new Unreadable("Line " + line + " of " + file + " has no text or no label");
				}
				texts.add(new LabelledText(record.get("text"), label(record.get("label"), line, file)));
			}
		}
		return texts;
	}

	static Sentiment label(String label, long line, Path file) throws Unreadable {
		switch (label.strip().toLowerCase(Locale.ROOT)) {
			case "positive":
				return Sentiment.POSITIVE;
			case "neutral":
				return Sentiment.NEUTRAL;
			case "negative":
				return Sentiment.NEGATIVE;
			default:
				throw new Unreadable("Line " + line + " of " + file + ": \"" + label.strip()
						+ "\" is not a label; expected positive, neutral or negative");
		}
	}

	private static BufferedReader open(Path file) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder));
	}
}
