package io.tanggap.textanalytics;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code text-eval}: measures the shipped sentiment reading on a labelled file ({@code
 * text<TAB>label} lines, or a CSV file with {@code text} and {@code label} columns): per-sentiment
 * precision, recall and F1, the confusion matrix, and last {@code RESULT macro_f1 <value>} (a
 * fraction with four decimals). Exits with 0, or 2 (and no RESULT line) for a missing or empty
 * file or a line without a valid label. Needs no application.
 */
@Command(name = "text-eval", mixinStandardHelpOptions = true,
		description = "Measure sentiment on a labelled file (text<TAB>label lines): precision, recall, F1, confusion matrix, macro F1.")
public class TextEvalCommand implements Callable<Integer> {

	/** The language the texts are read as; {@code auto} detects each text's language, as the product does. */
	enum Lang {
		ID(TextLanguage.ID), EN(TextLanguage.EN), AUTO(null);

		final TextLanguage language;

		Lang(TextLanguage language) {
			this.language = language;
		}
	}

	@Option(names = "--lang", required = true, description = "The texts' language: ${COMPLETION-CANDIDATES}.")
	Lang lang;

	@Parameters(paramLabel = "FILE", description = "text<TAB>label lines, labels positive, neutral or negative (UTF-8).")
	Path file;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			Confusion confusion = SentimentEvaluation.evaluate(TextAnalyzer.shipped(), Corpus.read(file), lang.language);
			out.println("texts " + confusion.total());
			confusion.print(out);
			out.println(String.format(Locale.ROOT, "RESULT macro_f1 %.4f", confusion.macroF1()));
			return 0;
		}
		catch (Corpus.Unreadable e) {
			err.println(e.getMessage());
			return 2;
		}
		finally {
			out.flush();
			err.flush();
		}
	}
}
