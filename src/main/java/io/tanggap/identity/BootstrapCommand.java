package io.tanggap.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.transaction.support.TransactionTemplate;

import io.tanggap.TanggapCommands;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bootstrap}: creates a workspace and its owner without the web interface, and prints a new
 * API key (owner role) for scripts. The owner's password is read from standard input with
 * {@code --password-stdin}; without it, an invitation link is printed through which the owner
 * chooses one. No default password ever exists.
 */
@Command(name = "bootstrap", mixinStandardHelpOptions = true,
		description = "Create a workspace and its owner, and print a new API key.")
public class BootstrapCommand implements Callable<Integer> {

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

	@Option(names = "--set", paramLabel = "PROPERTY=VALUE", description = "A setting for this run, e.g. --set tanggap.data-dir=/var/lib/tanggap")
	List<String> settings = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String password = passwordFromStdin ? readPassword() : null;
		if (passwordFromStdin && (password == null || password.isEmpty())) {
			err.println("No password on standard input.");
			return 2;
		}
		String[] args = settings.stream().map(s -> "--" + s).toArray(String[]::new);
		return TanggapCommands.withApplication(args, context -> {
			var transactions = context.getBean(TransactionTemplate.class);
			try {
				return transactions.execute(status -> run(context.getBean(WorkspaceSetup.class),
						context.getBean(Team.class), context.getBean(ApiKeyManagement.class), password, out));
			}
			catch (Problem problem) {
				err.println("Not created: " + problem.code() + " " + String.join(", ",
						java.util.Arrays.stream(problem.args()).map(String::valueOf).toList()));
				return 2;
			}
		});
	}

	private int run(WorkspaceSetup setup, Team team, ApiKeyManagement keys, String password, PrintWriter out) {
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
			invitationLink = team.inviteFirstOwner(id, email).link();
		}
		ApiKeyManagement.IssuedKey key = keys.createForBootstrap(id, keyName);
		out.println("workspace " + id + " \"" + workspace.strip() + "\"");
		out.println("owner " + email + (invitationLink == null ? " (password set)" : ""));
		if (invitationLink != null) {
			out.println("owner-invitation " + invitationLink);
		}
		out.println("api-key " + key.key());
		out.println("The API key and the invitation link are shown only now. Keep them safe.");
		out.flush();
		return 0;
	}

	private static String readPassword() throws IOException {
		var reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		return reader.readLine();
	}
}
