package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The shipped model files are what {@code text-train} makes from the data sets, byte for byte
 * (about half a minute on the standard machine). Needs ../shared/data, as CI and developers have
 * it; skipped where it is absent.
 */
class ShippedModelTests {

	private static final Path DATA = Path.of("../shared/data");
	private static final Path SHIPPED = Path.of("src/main/resources/textanalytics");

	@TempDir
	Path out;

	@Test
	void textTrainReproducesTheShippedModelByteForByte() throws Exception {
		assumeTrue(Files.isDirectory(DATA.resolve("id-sentiment-smsa")), "no ../shared/data here");
		StringWriter printed = new StringWriter();
		int exit = new CommandLine(new TextTrainCommand()).setOut(new PrintWriter(printed)).setErr(new PrintWriter(printed))
			.execute("--data", DATA.toString(), "--out", out.toString(), "--no-topic-check");
		assertThat(exit).as(printed.toString()).isZero();
		for (String file : List.of(TextAnalyzer.MODEL_FILE, LexiconSentiment.FILE, "vader-lexicon.tsv", "emoji-valence.tsv")) {
			assertThat(Files.readAllBytes(out.resolve(file))).as(file + " (run text-train and commit its files)")
				.isEqualTo(Files.readAllBytes(SHIPPED.resolve(file)));
		}
		assertThat(printed.toString()).contains("RESULT smsa_cv5_macro_f1 0.8", "RESULT smsa_valid_macro_f1 0.8");
	}
}
