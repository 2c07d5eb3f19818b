package io.tanggap.textanalytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped default CX taxonomy, read from {@code textanalytics/themes.json}: eleven themes with
 * Indonesian (formal and colloquial) and English keywords and phrases.
 */
final class DefaultThemes {

	static final String FILE = "/textanalytics/themes.json";
	static final Taxonomy TAXONOMY = Taxonomy.of(read());

	private DefaultThemes() {
	}

	private static List<Theme> read() {
		try (InputStream in = DefaultThemes.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException("missing from the jar: " + FILE);
			}
			List<Theme> themes = new ArrayList<>();
			for (JsonNode node : JsonMapper.shared().readTree(in).get("themes")) {
				List<String> keywords = new ArrayList<>();
				node.get("keywords").forEach(k -> keywords.add(k.asString()));
				themes.add(new Theme(node.get("key").asString(), node.get("nameId").asString(),
						node.get("nameEn").asString(), keywords));
			}
			return themes;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + FILE, e);
		}
	}
}
