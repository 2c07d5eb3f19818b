package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.tanggap.identity.Actor;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.Role;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;
import org.junit.jupiter.api.io.TempDir;

/** The jar's commands: help without starting anything, {@code bootstrap} on H2 and PostgreSQL, {@code import}, {@code rollups-rebuild} and {@code metrics}. */
class CommandLineTests {

	@TempDir
	Path dataDir;

	@Test
	void listsItsCommandsInHelp() {
		Run run = run("--help");
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("bootstrap", "demo", "import", "metrics", "With no command the jar serves");
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

	@Test
	void importsResponsesFromAFile() throws Exception {
		String url = "jdbc:h2:file:" + dataDir.resolve("db") + ";" + TestDatabases.H2_MODE;
		SurveyId survey;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TanggapApplication.class)
			.web(WebApplicationType.NONE).run("--spring.datasource.url=" + url)) {
			WorkspaceId workspace = context.getBean(WorkspaceSetup.class).create(new NewWorkspace("Kopi Impor", "Ani",
					"ani@example.com", "kata-sandi-panjang-1", null, null, null), "test");
			Actor owner = new Actor(workspace, Role.OWNER, "test", Optional.empty());
			SurveyManagement surveys = context.getBean(SurveyManagement.class);
			survey = surveys.create(owner, "Kunjungan", new SurveyDefinition(List.of("id"), new Text(Map.of("id", "Kunjungan")),
					List.of(new Question("nps", QuestionType.NPS, new Text(Map.of("id", "Rekomendasi")), true, null, null, null)),
					null)).id();
			surveys.publish(owner, survey);
		}
		Path good = Files.writeString(dataDir.resolve("baik.csv"), "waktu,Rekomendasi\n2025-01-02 10:00,9\n2025-01-03 11:00,7\n");
		Path someWrong = Files.writeString(dataDir.resolve("sebagian.csv"), "waktu,nilai\n2025-01-04 10:00,12\n2025-01-05 11:00,8\n");
		String[] common = { "import", "--survey", survey.value().toString(), "--set=spring.datasource.url=" + url };

		Run dryRun = run(with(common, "--file", good.toString(), "--dry-run"));
		assertThat(dryRun.exit()).as(dryRun.err()).isZero();
		assertThat(dryRun.out()).contains("2 baris: 2 akan disimpan");
		Run imported = run(with(common, "--file", good.toString()));
		assertThat(imported.exit()).as(imported.err()).isZero();
		assertThat(imported.out()).contains("2 baris: 2 disimpan, 0 sudah ada");
		assertThat(run(with(common, "--file", good.toString())).out()).contains("0 disimpan, 2 sudah ada");

		Run partly = run(with(common, "--file", someWrong.toString(), "--map", "nps=nilai"));
		assertThat(partly.exit()).isEqualTo(3);
		assertThat(partly.out()).contains("1 disimpan", "Baris 2, kolom nilai: Jawaban pertanyaan nps harus antara 0 dan 10.");

		Run badMapping = run(with(common, "--file", someWrong.toString()));
		assertThat(badMapping.exit()).isEqualTo(2);
		assertThat(badMapping.err()).contains("import-column-missing");
		assertThat(run(with(common, "--file", dataDir.resolve("none.csv").toString())).exit()).isEqualTo(2);

		// The imported answers (9, 7 and 8 on three days) were counted as they came; a rebuild counts the same.
		Run rebuilt = run("rollups-rebuild", "--set=spring.datasource.url=" + url);
		assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
		assertThat(rebuilt.out()).contains("Rollups rebuilt: 3 rows");
		Run unknown = run("rollups-rebuild", "--workspace", java.util.UUID.randomUUID().toString(),
				"--set=spring.datasource.url=" + url);
		assertThat(unknown.exit()).isEqualTo(2);
		assertThat(unknown.err()).contains("No workspace");
	}

	@Test
	void measuresACsvColumnWithoutTheApplication() {
		Run run = run("metrics", "--csv", "src/test/resources/metrics/csat5.csv", "--column", "csat", "--kind", "csat5");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("RESULT csat_top2 70.00 n=10 ci95=39.68..89.22");
		assertThat(run("metrics", "--csv", "none.csv", "--column", "csat", "--kind", "csat5").exit()).isEqualTo(2);
	}

	private static String[] with(String[] common, String... more) {
		return Stream.concat(Arrays.stream(common), Arrays.stream(more)).toArray(String[]::new);
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
