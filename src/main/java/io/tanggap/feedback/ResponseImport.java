package io.tanggap.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.OpenSurvey;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * Imports historical responses from a spreadsheet into a published survey. Every row goes through
 * the checks of a live answer; a dry run stops there. A real run stores the valid rows of each
 * batch in one transaction, so a row is stored whole or not at all, and re-importing a file adds
 * nothing (the default idempotency key names the file and the row).
 */
@Service
class ResponseImport {

	/** Rows per transaction: large enough to be quick, small enough to keep transactions short. */
	static final int BATCH = 500;

	private final SurveyManagement surveys;
	private final WorkspaceSetup workspaces;
	private final BranchDirectory branches;
	private final FeedbackIntake intake;
	private final Responses responses;
	private final TransactionTemplate transactions;

	ResponseImport(SurveyManagement surveys, WorkspaceSetup workspaces, BranchDirectory branches,
			FeedbackIntake intake, Responses responses, TransactionTemplate transactions) {
		this.surveys = surveys;
		this.workspaces = workspaces;
		this.branches = branches;
		this.intake = intake;
		this.responses = responses;
		this.transactions = transactions;
	}

	/** @return the survey's workspace, for callers who know only the survey (the command line) */
	WorkspaceId workspaceOf(SurveyId survey) {
		return surveys.openForRespondents(survey).workspace();
	}

	/**
	 * @return the published version's definition, which imported rows answer
	 * @throws Problem 404 for a survey of another workspace, 409 when it is not open
	 */
	SurveyDefinition definition(WorkspaceId workspace, SurveyId survey) {
		return open(workspace, survey).definition();
	}

	/** @return the columns found from the file's headers, not yet checked */
	ImportMapping defaults(WorkspaceId workspace, SurveyId survey, SpreadsheetRows sheet) {
		return ImportMapping.defaults(sheet.headers(), definition(workspace, survey));
	}

	/**
	 * The mapping a file gets: the defaults from its headers with {@code given} laid over them.
	 * @throws Problem 404 for a survey of another workspace, 409 when it is not open, 422 for a
	 * mapping that cannot work
	 */
	ImportMapping mapping(WorkspaceId workspace, SurveyId survey, SpreadsheetRows sheet, ImportMapping given) {
		OpenSurvey open = open(workspace, survey);
		ImportMapping defaults = ImportMapping.defaults(sheet.headers(), open.definition());
		return (given == null ? defaults : given.over(defaults)).check(sheet.headers(), open.definition());
	}

	/**
	 * Checks every row and, unless {@code dryRun}, stores the valid ones.
	 * @param progress told the number of rows done after each batch
	 */
	ImportReport run(WorkspaceId workspace, SurveyId survey, SpreadsheetRows sheet, ImportMapping given,
			boolean dryRun, IntConsumer progress) {
		ImportMapping mapping = mapping(workspace, survey, sheet, given);
		OpenSurvey open = open(workspace, survey);
		ImportRows rows = new ImportRows(survey, open.definition(), sheet, mapping,
				workspaces.find(workspace).map(Workspace::timeZone).orElse(Workspace.DEFAULT_TIME_ZONE),
				branches.all(workspace));
		Tally tally = new Tally();
		for (int start = 0; start < sheet.rows().size(); start += BATCH) {
			List<Checked> valid = checked(workspace, rows, start, Math.min(start + BATCH, sheet.rows().size()), tally);
			if (dryRun) {
				valid.forEach(c -> tally.count(responses.findKey(workspace, c.submission().idempotencyKey()).isPresent()
						|| !tally.keys.add(c.submission().idempotencyKey())));
			}
			else {
				transactions.executeWithoutResult(status -> store(workspace, rows, valid, tally));
			}
			progress.accept(Math.min(start + BATCH, sheet.rows().size()));
		}
		tally.rejected.sort(java.util.Comparator.comparingInt(ImportReport.Rejection::row));
		return new ImportReport(tally.rows, tally.imported, tally.duplicates, tally.rejected, tally.preview);
	}

	/** A row that passed the checks, by its index among the data rows. */
	private record Checked(int index, Submission submission) {
	}

	private List<Checked> checked(WorkspaceId workspace, ImportRows rows, int from, int to, Tally tally) {
		List<Checked> valid = new ArrayList<>();
		for (int i = from; i < to; i++) {
			if (rows.blank(i)) {
				continue;
			}
			tally.rows++;
			ImportReport.Rejection problem = null;
			try {
				Submission submission = rows.submission(i);
				intake.check(workspace, submission);
				valid.add(new Checked(i, submission));
			}
			catch (Problem p) {
				problem = rows.rejection(i, p);
				tally.rejected.add(problem);
			}
			if (tally.preview.size() < ImportReport.PREVIEW_ROWS) {
				tally.preview.add(new ImportReport.PreviewRow(ImportRows.rowNumber(i), rows.cells(i), problem));
			}
		}
		return valid;
	}

	/** Runs inside the batch's transaction: the rows were checked, so only a key clash can fail here. */
	private void store(WorkspaceId workspace, ImportRows rows, List<Checked> valid, Tally tally) {
		for (Checked row : valid) {
			try {
				tally.count(intake.submit(workspace, row.submission()).duplicate());
			}
			catch (Problem problem) {
				tally.rejected.add(rows.rejection(row.index(), problem));
			}
		}
	}

	private OpenSurvey open(WorkspaceId workspace, SurveyId survey) {
		OpenSurvey open = surveys.openForRespondents(survey);
		if (!open.workspace().equals(workspace)) {
			throw Problem.notFound("survey");
		}
		return open;
	}

	private static final class Tally {
		int rows;
		int imported;
		int duplicates;
		final List<ImportReport.Rejection> rejected = new ArrayList<>();
		final List<ImportReport.PreviewRow> preview = new ArrayList<>();
		final Set<String> keys = new HashSet<>();

		void count(boolean duplicate) {
			if (duplicate) {
				duplicates++;
			}
			else {
				imported++;
			}
		}
	}
}
