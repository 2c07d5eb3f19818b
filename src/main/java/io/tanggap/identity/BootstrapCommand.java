package io.tanggap.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import io.tanggap.cli.ApplicationCommand;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bootstrap}: creates a workspace and its owner without the web interface, and prints a new
 * API key (owner role) for scripts. The owner's password is read from standard input with
 * {@code --password-stdin}; without it, an invitation link is printed through which the owner
 * chooses one. No default password ever exists.
 */
@Command(name = "bootstrap", mixinStandardHelpOptions = true,
		description = "Create a workspace and its owner, and print a new API key.")
public class BootstrapCommand extends ApplicationCommand {

	@Option(names = "--workspace", required = true, description = "The workspace (business) name.")
	String workspace;

	@Option(names = "--owner", required = true, description = "The owner's e-mail address.")
	String owner;

	@Option(names = "--owner-name", description = "The owner's display name (default: the part of the address before @).")
	String ownerName;

	@Option(names = "--password-stdin", description = "Read the owner's password from the first line of standard input.")
	boolean passwordFromStdin;

	@Option(names = "--time-zone", defaultValue = "Asia/Jakarta", description = "IANA time zone (default: ${DEFAULT-VALUE}).")
	String timeZone;

	@Option(names = "--currency", defaultValue = "IDR", description = "ISO 4217 currency (default: ${DEFAULT-VALUE}).")
	String currency;

	@Option(names = "--language", defaultValue = "id", description = "Default language, id or en (default: ${DEFAULT-VALUE}).")
	String language;

	@Option(names = "--key-name", defaultValue = "bootstrap", description = "Name of the API key (default: ${DEFAULT-VALUE}).")
	String keyName;

	private String password;

	@Override
	public OptionalInt prepare(PrintWriter out, PrintWriter err) {
		if (!passwordFromStdin) {
			return OptionalInt.empty();
		}
		try {
			password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (password == null || password.isEmpty()) {
			err.println("No password on standard input.");
			return OptionalInt.of(2);
		}
		try {
			Passwords.check(password);
		}
		catch (Problem problem) {
			err.println("Password not accepted: " + problem.code());
			return OptionalInt.of(2);
		}
		return OptionalInt.empty();
	}

	@Override
	public int run(ApplicationContext application, PrintWriter out, PrintWriter err) {
		try {
			return application.getBean(TransactionTemplate.class).execute(status -> create(application, out));
		}
		catch (Problem problem) {
			err.println("Not created: " + problem.code() + " " + Arrays.toString(problem.args()));
			return 2;
		}
	}

	private int create(ApplicationContext application, PrintWriter out) {
		WorkspaceSetup setup = application.getBean(WorkspaceSetup.class);
		String email = EmailAddresses.normalise(owner);
		String name = ownerName != null ? ownerName : email.substring(0, email.indexOf('@'));
		WorkspaceId id;
		String invitationLink = null;
		if (password != null) {
			id = setup.create(new NewWorkspace(workspace, name, email, password, timeZone, currency, language),
					"bootstrap");
		}
		else {
			id = setup.createEmpty(workspace, timeZone, currency, language, "bootstrap");
			invitationLink = application.getBean(Team.class).inviteFirstOwner(id, email).link();
		}
		ApiKeyManagement.IssuedKey key = application.getBean(ApiKeyManagement.class).createForBootstrap(id, keyName);
		out.println("workspace " + id + " \"" + workspace.strip() + "\"");
		out.println("owner " + email + (invitationLink == null ? " (password set)" : ""));
		if (invitationLink != null) {
			out.println("owner-invitation " + invitationLink);
		}
		out.println("api-key " + key.key());
		out.println("The API key" + (invitationLink == null ? " is" : " and the invitation link are")
				+ " shown only now: keep them safe.");
		return 0;
	}
}
