package io.tanggap;

import java.time.Clock;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tanggap, one service: with no command (or only {@code --option} arguments) the jar serves the web
 * application; with a command such as {@code bootstrap} it runs that command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TanggapApplication {

	private static final Set<String> HELP = Set.of("-h", "--help", "help", "-V", "--version");

	/** The clock every module reads "now" from, so tests can fix time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		if (args.length > 0 && (!args[0].startsWith("-") || HELP.contains(args[0]))) {
			System.exit(TanggapCommands.execute(args));
		}
		SpringApplication.run(TanggapApplication.class, args);
	}
}
