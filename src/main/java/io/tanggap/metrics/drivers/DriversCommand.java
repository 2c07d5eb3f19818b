package io.tanggap.metrics.drivers;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.modulith.NamedInterface;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drivers}: key-driver analysis of a CSV file, without the application or its database.
 * Prints {@code RESULT <driver> lmg=<share> rw=<share>} for each driver and {@code RESULT r2 <value>},
 * then the bootstrap intervals as {@code INTERVAL} lines; warnings go to standard error. Exits with 2,
 * printing no result, for a file that cannot be analysed (the message names the row or column).
 * Exposed on its own, so the jar's command line may register it while the rest of this package
 * stays internal to the metrics module.
 */
@NamedInterface("drivers-command")
@Command(name = "drivers", mixinStandardHelpOptions = true,
		description = "Key-driver analysis of a CSV file: LMG (Shapley) shares and Johnson's relative weights of R².")
public class DriversCommand implements Callable<Integer> {

	@Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV file (UTF-8) with a header row.")
	Path csv;

	@Option(names = "--outcome", required = true, paramLabel = "COLUMN", description = "The outcome's column.")
	String outcome;

	@Option(names = "--drivers", split = ",", paramLabel = "COLUMN",
			description = "The drivers' columns (default: every other numeric column).")
	List<String> drivers;

	@Option(names = "--resamples", defaultValue = "" + KeyDrivers.DEFAULT_RESAMPLES,
			description = "Bootstrap resamples for the 95 %% intervals (default: ${DEFAULT-VALUE}).")
	int resamples;

	@Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap, for repeatable intervals (default: ${DEFAULT-VALUE}).")
	long seed;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		return run(spec.commandLine().getOut(), spec.commandLine().getErr());
	}

	/** @return the exit code: 0 for success, 2 for a file that cannot be analysed */
	public int run(PrintWriter out, PrintWriter err) {
		try {
			DriverRatings ratings = RatingsCsv.read(Files.readString(csv, StandardCharsets.UTF_8))
				.ratings(outcome, Optional.ofNullable(drivers));
			print(KeyDrivers.analyse(ratings, resamples, seed), out, err);
			return 0;
		}
		catch (IOException e) {
			err.println("Cannot read " + csv + ": " + e.getMessage());
			return 2;
		}
		catch (NotAnalysable | IllegalArgumentException e) {
			err.println("Not analysed: " + e.getMessage());
			return 2;
		}
		finally {
			out.flush();
			err.flush();
		}
	}

	private static void print(KeyDriverAnalysis analysis, PrintWriter out, PrintWriter err) {
		for (DriverImportance driver : analysis.drivers()) {
			out.println(String.format(Locale.ROOT, "RESULT %s lmg=%.4f rw=%.4f", driver.name(), driver.lmg(),
					driver.relativeWeight()));
		}
		out.println(String.format(Locale.ROOT, "RESULT r2 %.4f", analysis.rSquared()));
		for (DriverImportance driver : analysis.drivers()) {
			out.println(String.format(Locale.ROOT, "INTERVAL %s lmg=%s rw=%s", driver.name(),
					format(driver.lmgInterval()), format(driver.relativeWeightInterval())));
		}
		out.println(String.format(Locale.ROOT, "INTERVAL r2 %s", format(analysis.rSquaredInterval())));
		err.println(String.format(Locale.ROOT, "%d rows; 95 %% percentile intervals from %d bootstrap resamples",
				analysis.observations(), analysis.resamples()));
		analysis.warnings().forEach(warning -> err.println("Warning: " + warning));
	}

	private static String format(Interval interval) {
		return String.format(Locale.ROOT, "[%.4f, %.4f]", interval.lower(), interval.upper());
	}
}
