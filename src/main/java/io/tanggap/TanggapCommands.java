package io.tanggap;

import java.util.function.Function;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.tanggap.identity.BootstrapCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's command line: one root command whose sub-commands come from the modules. A command
 * parses its options without Spring and starts the application context (without the web server)
 * only when it runs, so {@code --help} and option errors answer at once.
 */
@Command(name = "tanggap", mixinStandardHelpOptions = true, versionProvider = TanggapCommands.Version.class,
		description = "Tanggap customer-experience platform. With no command the jar serves the web application.",
		subcommands = { BootstrapCommand.class, CommandLine.HelpCommand.class })
public final class TanggapCommands {

	static int execute(String[] args) {
		return new CommandLine(new TanggapCommands()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
	}

	/**
	 * Runs {@code work} inside a non-web application context configured like the server (same
	 * database, same settings), closing the context afterwards.
	 * @param args Spring arguments such as {@code --tanggap.data-dir=...}; may be empty
	 */
	public static int withApplication(String[] args, Function<ConfigurableApplicationContext, Integer> work) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TanggapApplication.class)
				.web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
				.properties("logging.level.root=WARN", "spring.main.register-shutdown-hook=false")
				.run(args)) {
			return work.apply(context);
		}
	}

	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String version = TanggapCommands.class.getPackage().getImplementationVersion();
			return new String[] { "Tanggap " + (version == null ? "(development build)" : version) };
		}
	}
}
