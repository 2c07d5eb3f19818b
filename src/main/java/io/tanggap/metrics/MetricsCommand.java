package io.tanggap.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code metrics}: measures one column of a CSV file (UTF-8, header row) and prints one line per
 * figure, {@code RESULT <figure> <value> n=<n> ci95=<low>..<high>}, with a dot as decimal separator:
 * two decimals for NPS points and percentages, three for means ({@code no-answers n=0} when every
 * cell is empty). Empty cells are skipped and counted on standard error, as are figures with low
 * n. Exits with 0, or 2 (and no RESULT line) for a missing file, an unknown column, or a value that
 * is not a whole number on the kind's scale. Needs no application: a plain picocli command.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
		description = "Measure a column of a CSV file: NPS, CSAT or CES with 95 % intervals. Needs no database.")
public class MetricsCommand implements Callable<Integer> {

	/** A figure the command prints: its name in the output and the registry key of its definition. */
	record Measure(String figure, String key) {
	}

	/** What the column holds, and the figures measured from it. */
	enum Kind {
		NPS(new Measure("nps", "nps")),
		CSAT5(topTwoBox(5), topBox(5)),
		CSAT7(topTwoBox(7), topBox(7)),
		CSAT10(topTwoBox(10), topBox(10)),
		CES7(new Measure("ces_mean", "ces7_mean"), new Measure("ces_agree", "ces7_agree"));

		private final List<Measure> measures;

		Kind(Measure... measures) {
			this.measures = List.of(measures);
		}

		private static Measure topTwoBox(int max) {
			return new Measure("csat_top2", "csat" + max + "_top2");
		}

		private static Measure topBox(int max) {
			return new Measure("csat_top_box", "csat" + max + "_top_box");
		}
	}

	private static final int USER_MISTAKE = 2;

	@Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV file (UTF-8, header row).")
	Path file;

	@Option(names = "--column", required = true, paramLabel = "NAME", description = "The header of the column to measure.")
	String column;

	@Option(names = "--kind", required = true, description = "What the column holds: ${COMPLETION-CANDIDATES}.")
	Kind kind;

	@Spec
	CommandSpec spec;

	private final MetricDefinitions definitions = MetricDefinitions.standard();

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			return measure(out, err);
		}
		finally {
			out.flush();
			err.flush();
		}
	}

	private int measure(PrintWriter out, PrintWriter err) {
		Scale scale = definitions.findScoreMetric(kind.measures.get(0).key()).orElseThrow().scale();
		Histogram answers = Histogram.empty(scale);
		long skipped = 0;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(withoutByteOrderMark(reader))) {
			if (!csv.getHeaderNames().contains(column)) {
				err.println("No column \"" + column + "\" in " + file + "; its columns: " + String.join(", ", csv.getHeaderNames()));
				return USER_MISTAKE;
			}
			long row = 1; // as a spreadsheet numbers them, the header being row 1, like import and drivers
			for (CSVRecord record : csv) {
				row++;
				String cell = record.isSet(column) ? record.get(column).strip() : "";
				if (cell.isEmpty()) {
					skipped++;
					continue;
				}
				Integer score = parse(cell, scale);
				if (score == null) {
					err.println("Row " + row + " of " + file + ", column "
							+ column + ": \"" + cell + "\" is not a whole number from " + scale.min() + " to " + scale.max()
							+ ". Nothing measured.");
					return USER_MISTAKE;
				}
				answers = answers.plus(score);
			}
		}
		catch (NoSuchFileException e) {
			err.println("No such file: " + file);
			return USER_MISTAKE;
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException e) {
			err.println("Cannot read " + file + " as CSV: " + e.getMessage());
			return USER_MISTAKE;
		}
		report(answers, skipped, out, err);
		return 0;
	}

	private void report(Histogram answers, long skipped, PrintWriter out, PrintWriter err) {
		if (skipped > 0) {
			err.println("Skipped " + skipped + " empty cell" + (skipped == 1 ? "" : "s") + " of column " + column + ".");
		}
		for (Measure measure : kind.measures) {
			Figure figure = definitions.findScoreMetric(measure.key()).orElseThrow().measure(answers);
			out.println("RESULT " + measure.figure() + " " + figure.summary());
			if (figure.hasAnswers() && figure.lowN()) {
				err.println("Low n: " + measure.figure() + " counts only " + figure.n() + " answers; read it with care.");
			}
		}
	}

	private static Integer parse(String cell, Scale scale) {
		try {
			int score = Integer.parseInt(cell);
			return scale.contains(score) ? score : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static BufferedReader withoutByteOrderMark(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}
}
