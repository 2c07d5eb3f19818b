package io.tanggap.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Comments as café guests write them, in formal and colloquial Indonesian and in English, about every
 * theme a comment can have (waiting, staff, the coffee and food, price, cleanliness, delivery,
 * payment, the app, facilities, location and parking, communication), from {@code demo/comments.tsv}.
 * A comment fits its score: mostly praise for 4–5, mixed for 3, complaints for 1–2, a complaint
 * mostly about a weak point the guest rated low.
 */
final class DemoComments {

	/** @param themes the themes its writer meant; @param tone positive, neutral or negative */
	record Comment(List<String> themes, String tone, String language, String text) {
	}

	private static final List<Comment> ALL = read("/demo/comments.tsv");
	/** The visit survey's driver questions and the theme a low rating of each is about. */
	private static final Map<String, String> THEME_OF_DRIVER = Map.of("cleanliness", "cleanliness", "speed",
			"waiting_time", "staff", "staff", "taste", "product_quality", "value", "price");

	private DemoComments() {
	}

	/** @return every comment the demo chooses from */
	static List<Comment> all() {
		return ALL;
	}

	/**
	 * @param score 1–5 satisfaction the comment matches
	 * @param weak the drivers the guest rated 1 or 2
	 */
	static Comment about(Random random, int score, List<String> weak) {
		String tone = tone(random, score);
		List<Comment> pool = ALL.stream().filter(c -> c.tone().equals(tone)).toList();
		if (tone.equals("negative") && !weak.isEmpty() && random.nextDouble() < 0.7) {
			List<String> themes = weak.stream().map(THEME_OF_DRIVER::get).toList();
			List<Comment> about = pool.stream().filter(c -> c.themes().stream().anyMatch(themes::contains)).toList();
			pool = about.isEmpty() ? pool : about;
		}
		return pool.get(random.nextInt(pool.size()));
	}

	/** Praise mostly for 4–5, a mix for 3, complaints mostly for 1–2. */
	private static String tone(Random random, int score) {
		double draw = random.nextDouble();
		if (score >= 4) {
			return draw < 0.85 ? "positive" : "neutral";
		}
		if (score == 3) {
			return draw < 0.2 ? "positive" : draw < 0.65 ? "neutral" : "negative";
		}
		return draw < 0.9 ? "negative" : "neutral";
	}

	private static List<Comment> read(String resource) {
		try (InputStream in = DemoComments.class.getResourceAsStream(resource);
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Comment> comments = new ArrayList<>();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", 4);
				comments.add(new Comment(Arrays.asList(fields[0].split(",")), fields[1], fields[2], fields[3]));
			}
			return List.copyOf(comments);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
