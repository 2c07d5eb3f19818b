package io.tanggap.textanalytics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures theme detection and theme sentiment on an aspect-sentiment data set (HoASA, CASA),
 * through a mapping of its aspects to our themes. An aspect counts as mentioned when its value is
 * not neutral ("neut", "neutral"), since both sets mark an aspect a review does not speak of as
 * neutral. A theme's gold sentiment is that of its mentioned aspects when they agree (positive or
 * negative); mixed ones ("neg_pos", or aspects that disagree) are left out of the sentiment figures.
 */
final class AspectEvaluation {

	/** HoASA's aspects and the themes they map to; "general" is the overall verdict and left out. */
	static final Map<String, String> HOASA = Map.of("kebersihan", "cleanliness", "bau", "cleanliness", "service", "staff",
			"ac", "facilities", "air_panas", "facilities", "tv", "facilities", "wifi", "facilities", "linen", "facilities",
			"sunrise_meal", "product_quality");

	/** CASA's aspects and the themes they map to; "others" (the car as a whole) is left out. */
	static final Map<String, String> CASA = Map.of("price", "price", "service", "staff", "fuel", "product_quality",
			"machine", "product_quality", "part", "product_quality");

	/** One theme's figures. */
	record ThemeScore(String theme, int truePositives, int falsePositives, int falseNegatives, Confusion sentiment) {

		double precision() {
			return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
		}

		double recall() {
			return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
		}
	}

	private AspectEvaluation() {
	}

	static List<ThemeScore> evaluate(Path csvFile, Map<String, String> mapping, TextAnalyzer analyzer) throws IOException {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, Confusion> sentiments = new LinkedHashMap<>();
		mapping.values().stream().distinct().sorted().forEach(t -> {
			counts.put(t, new int[3]);
			sentiments.put(t, new Confusion());
		});
		try (Reader reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			String textColumn = csv.getHeaderNames().get(0);
			for (CSVRecord record : csv) {
				TextAnalysis analysis = analyzer.analyze(record.get(textColumn), Taxonomy.standard(), TextLanguage.ID);
				Map<String, Sentiment> found = new LinkedHashMap<>();
				analysis.themes().forEach(m -> found.put(m.theme(), m.sentiment()));
				for (String theme : counts.keySet()) {
					String gold = gold(record, mapping, theme);
					boolean mentioned = gold != null;
					boolean detected = found.containsKey(theme);
					int[] c = counts.get(theme);
					c[0] += mentioned && detected ? 1 : 0;
					c[1] += !mentioned && detected ? 1 : 0;
					c[2] += mentioned && !detected ? 1 : 0;
					if (mentioned && detected && !gold.equals("mixed")) {
						sentiments.get(theme).add(gold.equals("pos") ? Sentiment.POSITIVE : Sentiment.NEGATIVE, found.get(theme));
					}
				}
			}
		}
		List<ThemeScore> scores = new ArrayList<>();
		counts.forEach((theme, c) -> scores.add(new ThemeScore(theme, c[0], c[1], c[2], sentiments.get(theme))));
		return scores;
	}

	/** @return "pos", "neg", "mixed", or null when none of the theme's aspects is mentioned */
	private static String gold(CSVRecord record, Map<String, String> mapping, String theme) {
		String gold = null;
		for (Map.Entry<String, String> aspect : mapping.entrySet()) {
			if (!aspect.getValue().equals(theme)) {
				continue;
			}
			String value = record.get(aspect.getKey()).strip();
			String polarity = value.startsWith("neut") ? null : value.equals("neg_pos") ? "mixed" : value.substring(0, 3);
			if (polarity != null) {
				gold = gold == null || gold.equals(polarity) ? polarity : "mixed";
			}
		}
		return gold;
	}
}
