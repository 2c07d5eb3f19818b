package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's commands: help without starting anything, and {@code bootstrap} on H2 and PostgreSQL. */
class CommandLineTests {

	@TempDir
	Path dataDir;

	@Test
	void listsItsCommandsInHelp() {
		Run run = run("--help");
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("bootstrap", "demo", "With no command the jar serves");
		assertThat(run("bootstrap", "--help").out()).contains("--workspace", "--owner", "--password-stdin");
	}

	@Test
	void rejectsMissingOptionsWithUsage() {
		Run run = run("bootstrap", "--workspace", "Kopi");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("Missing required option", "--owner");
		assertThat(run("no-such-command").exit()).isEqualTo(2);
	}

	@Test
	void bootstrapsAWorkspaceOnTheEmbeddedDatabase() {
		String url = "--set=spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db") + ";" + TestDatabases.H2_MODE;
		Run run = run("bootstrap", "--workspace", "Kopi Nusantara", "--owner", "owner@example.com", url);
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("owner owner@example.com").containsPattern("api-key tg_\\S+_\\S+")
			.containsPattern("owner-invitation http://localhost:8080/invitations/\\S+");
		Run again = run("bootstrap", "--workspace", "kopi nusantara", "--owner", "other@example.com", url);
		assertThat(again.exit()).isEqualTo(2);
		assertThat(again.err()).contains("workspace-name-taken");
	}

	@Test
	void bootstrapsAWorkspaceOnPostgres() {
		Run run = run("bootstrap", "--workspace", "Klinik Sehat", "--owner", "dokter@example.com",
				"--set=spring.datasource.url=" + TestDatabases.newPostgresDatabase(),
				"--set=spring.datasource.username=postgres");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("\"Klinik Sehat\"").containsPattern("api-key tg_\\S+");
	}

	private record Run(int exit, String out, String err) {
	}

	private static Run run(String... args) {
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			int exit = TanggapCommands.execute(args);
			return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
	}
}
