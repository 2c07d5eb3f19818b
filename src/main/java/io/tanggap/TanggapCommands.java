package io.tanggap;

import java.io.PrintWriter;
import java.util.OptionalInt;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.tanggap.cli.ApplicationCommand;
import io.tanggap.demo.DemoCommand;
import io.tanggap.feedback.ImportCommand;
import io.tanggap.identity.BootstrapCommand;
import io.tanggap.metrics.MetricsCommand;
import io.tanggap.metrics.RollupsRebuildCommand;
import io.tanggap.metrics.drivers.DriversCommand;
import io.tanggap.textanalytics.TextAnalyzeCommand;
import io.tanggap.textanalytics.TextEvalCommand;
import io.tanggap.textanalytics.TextTrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * The jar's command line: one root command whose sub-commands come from the modules. Options are
 * parsed without Spring, so {@code --help} and option errors answer at once; the application
 * (without web server) starts only when an {@link ApplicationCommand} runs; any other command (a
 * plain picocli {@code Callable<Integer>}, such as {@code metrics}) runs without it.
 */
@Command(name = "tanggap", mixinStandardHelpOptions = true, versionProvider = TanggapCommands.Version.class,
		description = "Tanggap customer-experience platform. With no command the jar serves the web application.",
		subcommands = { BootstrapCommand.class, DemoCommand.class, ImportCommand.class, MetricsCommand.class,
				DriversCommand.class, RollupsRebuildCommand.class, TextTrainCommand.class, TextEvalCommand.class,
				TextAnalyzeCommand.class, CommandLine.HelpCommand.class })
final class TanggapCommands {

	static int execute(String[] args) {
		CommandLine commandLine = new CommandLine(new TanggapCommands()).setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine.setExecutionStrategy(TanggapCommands::run).execute(args);
	}

	private static int run(ParseResult parsed) {
		Integer help = CommandLine.executeHelpRequest(parsed);
		if (help != null) {
			return help;
		}
		ParseResult last = parsed;
		while (last.hasSubcommand()) {
			last = last.subcommand();
		}
		if (!(last.commandSpec().userObject() instanceof ApplicationCommand command)) {
			return new CommandLine.RunLast().execute(parsed);
		}
		PrintWriter out = last.commandSpec().commandLine().getOut();
		PrintWriter err = last.commandSpec().commandLine().getErr();
		OptionalInt stop = command.prepare(out, err);
		if (stop.isPresent()) {
			return stop.getAsInt();
		}
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(TanggapApplication.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF).logStartupInfo(false)
				.properties("logging.level.root=OFF", "spring.main.register-shutdown-hook=false")
				.run(command.applicationArguments());
		}
		catch (RuntimeException e) {
			err.println("Could not start the application: " + rootCause(e).getMessage());
			err.println("(Is the server running on the same embedded database? Stop it first.)");
			err.flush();
			return 1;
		}
		try (context) {
			return command.run(context, out, err);
		}
		finally {
			out.flush();
			err.flush();
		}
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String version = TanggapCommands.class.getPackage().getImplementationVersion();
			return new String[] { "Tanggap " + (version == null ? "(development build)" : version) };
		}
	}
}
