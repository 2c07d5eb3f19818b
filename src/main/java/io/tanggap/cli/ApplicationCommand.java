package io.tanggap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Option;

/**
 * A command of the jar that works inside the application (same database and settings as the
 * server, but no web server). The command line parses its options, calls {@link #prepare}, starts
 * the application, calls {@link #run} and closes the application again.
 */
public abstract class ApplicationCommand {

	@Option(names = "--set", paramLabel = "PROPERTY=VALUE",
			description = "A setting for this run, e.g. --set tanggap.data-dir=/var/lib/tanggap (repeatable).")
	private List<String> settings = new ArrayList<>();

	/**
	 * Checks options and reads input before the application starts.
	 * @return an exit code to stop with, or empty to go on
	 */
	public OptionalInt prepare(PrintWriter out, PrintWriter err) {
		return OptionalInt.empty();
	}

	/** @return the exit code: 0 for success, 2 for a user's mistake */
	public abstract int run(ApplicationContext application, PrintWriter out, PrintWriter err);

	/** @return the {@code --set} settings as Spring arguments */
	public String[] applicationArguments() {
		return settings.stream().map(setting -> "--" + setting).toArray(String[]::new);
	}
}
