package io.tanggap.textanalytics;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code text-train}: trains the shipped text models from the data sets and prints their
 * cross-validated and validation figures as {@code RESULT} lines. The same data and seed give the
 * same files, byte for byte. Exits with 0, or 2 when the data cannot be read. Needs no application.
 */
@Command(name = "text-train", mixinStandardHelpOptions = true,
		description = "Train the text analytics models (sentiment) from the data sets; print CV and valid figures. Needs no database.")
public class TextTrainCommand implements Callable<Integer> {

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
			description = "The data sets (id-sentiment-smsa, en-sentiment-nusax, en-lexicon-vader, id-aspects-*). Default: ${DEFAULT-VALUE}.")
	Path data;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/textanalytics",
			description = "Where the model files are written. Default: ${DEFAULT-VALUE}.")
	Path out;

	@Option(names = "--seed", defaultValue = "20201", description = "Seed of the cross-validation folds. Default: ${DEFAULT-VALUE}.")
	long seed;

	@Option(names = "--no-cv", description = "Skip the cross-validation (the model is then not calibrated; for quick checks).")
	boolean noCrossValidation;

	@Option(names = "--no-topic-check", description = "Skip the topic-held-out cross-validation (a figure only: the model files are the same).")
	boolean noTopicCheck;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			if (!Files.isDirectory(data.resolve("id-sentiment-smsa"))) {
				err.println("No data sets in " + data.toAbsolutePath().normalize() + " (expected id-sentiment-smsa/ and the others); give --data DIR");
				return 2;
			}
			Files.createDirectories(this.out);
			new ModelTraining(data, this.out, seed, SentimentTraining.CHOSEN, !noCrossValidation, !noTopicCheck).run(out);
			return 0;
		}
		catch (Corpus.Unreadable e) {
			err.println(e.getMessage());
			return 2;
		}
		catch (IOException e) {
			err.println("Cannot train: " + e.getMessage());
			return 2;
		}
		finally {
			out.flush();
			err.flush();
		}
	}
}
