package io.tanggap.feedback;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import io.tanggap.cli.ApplicationCommand;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.SurveyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import}: imports earlier responses from a CSV or XLSX file into a published survey, and
 * prints a summary and the rejected rows in the workspace's language. Exits with 0 when every row
 * was imported (or was there already), 2 for a file or mapping that cannot be imported, 3 when
 * some rows were rejected.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import responses from a CSV or XLSX file into a published survey.")
public class ImportCommand extends ApplicationCommand {

	static final int SOME_REJECTED = 3;

	@Option(names = "--survey", required = true, description = "The survey's id.")
	UUID survey;

	@Option(names = "--file", required = true, description = "The file: .xlsx, or CSV (UTF-8).")
	Path file;

	@Option(names = "--dry-run", description = "Only check the rows; store nothing.")
	boolean dryRun;

	@Option(names = "--map", paramLabel = "QUESTION=COLUMN",
			description = "The column holding a question's answers (repeatable; default: the column named like the question's id or text).")
	Map<String, String> answers = new LinkedHashMap<>();

	@Option(names = "--column", paramLabel = "FIELD=COLUMN",
			description = "The column of submittedAt, idempotencyKey, branch, channel, touchpoint, customerRef or language (repeatable).")
	Map<String, String> columns = new LinkedHashMap<>();

	private SpreadsheetRows sheet;

	@Override
	public OptionalInt prepare(PrintWriter out, PrintWriter err) {
		try {
			sheet = SpreadsheetRows.read(file.getFileName().toString(), Files.readAllBytes(file));
			return OptionalInt.empty();
		}
		catch (IOException e) {
			err.println("Cannot read " + file + ": " + e.getMessage());
		}
		catch (Problem problem) {
			err.println("Not imported: " + problem.code() + " " + java.util.Arrays.toString(problem.args()));
		}
		return OptionalInt.of(2);
	}

	@Override
	public int run(ApplicationContext application, PrintWriter out, PrintWriter err) {
		ResponseImport imports = application.getBean(ResponseImport.class);
		MessageSource messages = application.getBean(MessageSource.class);
		Locale locale = Locale.ENGLISH;
		try {
			WorkspaceId workspace = imports.workspaceOf(new SurveyId(survey));
			locale = application.getBean(WorkspaceSetup.class).find(workspace).map(Workspace::language)
				.map(Locale::forLanguageTag).orElse(locale);
			ImportReport report = imports.run(workspace, new SurveyId(survey), sheet, mapping(), dryRun, done -> {
			});
			out.println(messages.getMessage(dryRun ? "import.summary" : "import.done-summary", new Object[] {
					report.rows(), report.imported(), report.duplicates(), report.rejected().size() }, locale));
			for (ImportReport.Rejection r : report.rejected()) {
				out.println(r.code() + "\t" + r.message(messages, locale));
			}
			return report.rejected().isEmpty() ? 0 : SOME_REJECTED;
		}
		catch (Problem problem) {
			err.println("Not imported: " + problem.code() + ": "
					+ messages.getMessage(problem.messageKey(), problem.args(), problem.code(), locale));
			return 2;
		}
	}

	private ImportMapping mapping() {
		return new ImportMapping(columns.get("submittedAt"), columns.get("idempotencyKey"), columns.get("branch"),
				columns.get("channel"), columns.get("touchpoint"), columns.get("customerRef"), columns.get("language"),
				answers);
	}
}
