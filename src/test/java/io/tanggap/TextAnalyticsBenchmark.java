package io.tanggap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.tanggap.textanalytics.TextAnalysis;
import io.tanggap.textanalytics.TextAnalyzer;

/**
 * Text analytics benchmark (a program, not a test; run by {@code bench/textanalytics}): how long
 * the shipped models take to load, their size, and how many comments one thread analyses per
 * second (sentiment and themes) after a warm-up. The comments are the valid splits of SmSA
 * (Indonesian) and NusaX-en (English), and mixed ones made of the first half of an Indonesian
 * comment and the second half of an English one, cut to at most 60 words.
 * Usage: TextAnalyticsBenchmark [data dir] [seconds] [warm-up seconds].
 * Prints: RESULT <figure> <value> <unit>
 */
public final class TextAnalyticsBenchmark {

	private static volatile Object sink;

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
		double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
		double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 10;

		long start = System.nanoTime();
		TextAnalyzer analyzer = TextAnalyzer.shipped();
		sink = analyzer.analyze("pelayanan ramah");
		double loadMs = (System.nanoTime() - start) / 1e6;

		List<String> indonesian = column(Files.readAllLines(data.resolve("id-sentiment-smsa/valid.tsv"), StandardCharsets.UTF_8));
		List<String> english = new ArrayList<>();
		for (String line : Files.readAllLines(data.resolve("en-sentiment-nusax/valid.csv"), StandardCharsets.UTF_8).subList(1, 101)) {
			english.add(line.substring(line.indexOf(',') + 1, line.lastIndexOf(',')).replace("\"", ""));
		}
		List<String> mixed = new ArrayList<>();
		for (int i = 0; i < english.size(); i++) {
			String[] id = indonesian.get(i).split(" ");
			String[] en = english.get(i).split(" ");
			mixed.add(String.join(" ", List.of(id).subList(0, id.length / 2)) + " , "
					+ String.join(" ", List.of(en).subList(en.length / 2, en.length)));
		}
		List<String> all = new ArrayList<>();
		Stream.of(indonesian, english, mixed).forEach(all::addAll);
		String[] comments = all.stream().map(TextAnalyticsBenchmark::capped).toArray(String[]::new);

		run(analyzer, comments, warmup);
		double rate = run(analyzer, comments, seconds);
		double words = 0;
		for (String c : comments) {
			words += c.split("\\s+").length;
		}
		System.out.println(String.format(Locale.ROOT, "RESULT model_load %.0f ms", loadMs));
		System.out.println("RESULT model_bytes " + Files.size(Path.of("target/classes/textanalytics/sentiment-id.bin")) + " bytes");
		try (Stream<Path> files = Files.list(Path.of("target/classes/textanalytics"))) {
			long total = files.mapToLong(f -> f.toFile().length()).sum();
			System.out.println("RESULT resources_bytes " + total + " bytes");
		}
		System.out.println(String.format(Locale.ROOT, "RESULT mean_words %.1f words", words / comments.length));
		System.out.println(String.format(Locale.ROOT, "RESULT comments_per_second %.0f comments/s", rate));
		for (var set : List.of(List.of("id", indonesian), List.of("en", english), List.of("mixed", mixed))) {
			@SuppressWarnings("unchecked")
			String[] texts = ((List<String>) set.get(1)).stream().map(TextAnalyticsBenchmark::capped).toArray(String[]::new);
			System.out.println(String.format(Locale.ROOT, "RESULT comments_per_second_%s %.0f comments/s", set.get(0),
					run(analyzer, texts, seconds / 3)));
		}
	}

	private static List<String> column(List<String> lines) {
		return lines.stream().map(l -> l.substring(0, l.lastIndexOf('\t'))).toList();
	}

	private static String capped(String text) {
		String[] words = text.split(" ");
		return words.length <= 60 ? text : String.join(" ", List.of(words).subList(0, 60));
	}

	/** Analyses the comments round and round for the given time on this thread; returns comments per second. */
	private static double run(TextAnalyzer analyzer, String[] comments, double seconds) {
		long end = System.nanoTime() + (long) (seconds * 1e9);
		long done = 0;
		long start = System.nanoTime();
		int themes = 0;
		while (System.nanoTime() < end) {
			for (int k = 0; k < 100; k++) {
				TextAnalysis analysis = analyzer.analyze(comments[(int) (done++ % comments.length)]);
				themes += analysis.themes().size();
			}
		}
		sink = themes;
		return done / ((System.nanoTime() - start) / 1e9);
	}
}
