package io.tanggap.textanalytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the engine's word lists: UTF-8 text, one entry a line, fields separated by tabs; blank
 * lines and lines starting with {@code #} are comments.
 */
final class WordList {

	private WordList() {
	}

	/** @return each entry's fields, in file order */
	static List<String[]> read(InputStream in, String name) {
		if (in == null) {
			throw new IllegalStateException("word list missing from the jar: " + name);
		}
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.strip().split("\t"));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + name, e);
		}
		return rows;
	}

	/** Reads a list shipped in {@code textanalytics/}. */
	static List<String[]> resource(String file) {
		return read(WordList.class.getResourceAsStream("/textanalytics/" + file), file);
	}
}
