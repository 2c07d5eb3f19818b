package io.tanggap.textanalytics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Derives the shipped English word lists from VADER (MIT): {@code vader-lexicon.tsv}, each word
 * with its mean valence, and {@code emoji-valence.tsv}, each emoji with the summed valence of the
 * words VADER describes it by ("😡 enraged face" → -2.9…). Emoticons and phrases are left out: the
 * normaliser reads emoticons itself.
 */
final class VaderFiles {

	private VaderFiles() {
	}

	static void write(Path vaderDir, Path out) throws IOException {
		Map<String, String> valence = new HashMap<>();
		List<String> lexicon = new ArrayList<>();
		lexicon.add("# Derived from the VADER sentiment lexicon (C.J. Hutto, MIT licence, LICENSE-vader-MIT.txt): word<TAB>mean valence -4..4");
		for (String line : Files.readAllLines(vaderDir.resolve("vader_lexicon.txt"), StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t");
			String word = fields[0].toLowerCase(Locale.ROOT);
			if (fields.length >= 2 && word.matches("\\p{L}[\\p{L}'-]*") && !valence.containsKey(word)) {
				valence.put(word, fields[1]);
				lexicon.add(word + "\t" + fields[1]);
			}
		}
		List<String> emoji = new ArrayList<>();
		emoji.add("# Derived from VADER's emoji descriptions and lexicon (C.J. Hutto, MIT licence, LICENSE-vader-MIT.txt): emoji<TAB>summed valence");
		for (String line : Files.readAllLines(vaderDir.resolve("emoji_utf8_lexicon.txt"), StandardCharsets.UTF_8)) {
			String[] fields = line.split("\t");
			if (fields.length < 2) {
				continue;
			}
			double sum = 0;
			for (String word : fields[1].toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
				String mean = valence.get(word);
				sum += mean == null ? 0 : Double.parseDouble(mean);
			}
			if (sum != 0) {
				emoji.add(fields[0] + "\t" + String.format(Locale.ROOT, "%.1f", sum));
			}
		}
		Files.createDirectories(out);
		Files.write(out.resolve("vader-lexicon.tsv"), lexicon, StandardCharsets.UTF_8);
		Files.write(out.resolve("emoji-valence.tsv"), emoji, StandardCharsets.UTF_8);
	}
}
