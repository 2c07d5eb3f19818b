package io.tanggap.textanalytics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code text-analyze}: reads one text per line from standard input (UTF-8; invalid bytes are
 * replaced) and writes one JSON object per line: {@code language}, {@code sentiment},
 * {@code confidence}, {@code themes} (each {@code theme} and {@code sentiment}) and
 * {@code truncated}. Exits with 0. Needs no application.
 */
@Command(name = "text-analyze", mixinStandardHelpOptions = true,
		description = "Analyse one text per line from standard input; write one JSON object per line.")
public class TextAnalyzeCommand implements Callable<Integer> {

	/** The language the texts are read as, or detected. */
	enum Lang {
		ID(TextLanguage.ID), EN(TextLanguage.EN), AUTO(null);

		final TextLanguage language;

		Lang(TextLanguage language) {
			this.language = language;
		}
	}

	@Option(names = "--lang", defaultValue = "auto", description = "The texts' language: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
	Lang lang;

	@Spec
	CommandSpec spec;

	private InputStream in = System.in;

	TextAnalyzeCommand readingFrom(InputStream input) {
		this.in = input;
		return this;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		TextAnalyzer analyzer = TextAnalyzer.shipped();
		JsonMapper json = JsonMapper.shared();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				out.println(json.writeValueAsString(object(analyzer.analyze(line, Taxonomy.standard(), lang.language))));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			out.flush();
		}
		return 0;
	}

	/** One output line, in the order its fields are written. */
	record Line(String language, String sentiment, double confidence, List<ThemeLine> themes, boolean truncated) {
	}

	/** A theme mention in an output line. */
	record ThemeLine(String theme, String sentiment) {
	}

	static Line object(TextAnalysis analysis) {
		return new Line(analysis.language().code(), analysis.sentiment().label(), analysis.confidence(),
				analysis.themes().stream().map(m -> new ThemeLine(m.theme(), m.sentiment().label())).toList(),
				analysis.truncated());
	}
}
