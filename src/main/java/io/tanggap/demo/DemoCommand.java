package io.tanggap.demo;

import java.io.PrintWriter;

import org.springframework.context.ApplicationContext;

import io.tanggap.cli.ApplicationCommand;
import picocli.CommandLine.Command;

/** {@code demo}: creates the demo café chain and prints its accounts' passwords. */
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "Create the demo business Kopi Nusantara (once) and print its sign-in accounts.")
public class DemoCommand extends ApplicationCommand {

	@Override
	public int run(ApplicationContext application, PrintWriter out, PrintWriter err) {
		var created = application.getBean(DemoBusiness.class).createIfAbsent();
		if (created.isEmpty()) {
			err.println("The demo business \"" + DemoBusiness.NAME + "\" exists already; nothing created.");
			return 1;
		}
		out.println(DemoBusiness.describe(created.get()));
		return 0;
	}
}
