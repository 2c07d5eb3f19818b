package io.tanggap.metrics;

import java.io.PrintWriter;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.tanggap.cli.ApplicationCommand;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rollups-rebuild}: counts the histogram rollups again from the raw answers, for one
 * workspace or all, each workspace in one transaction (so the dashboard never sees it half-done).
 * Needed only after a restore of raw data or a manual change in the database; the service keeps
 * the rollups in step by itself. Prints how many rows were written and how long it took.
 */
@Command(name = "rollups-rebuild", mixinStandardHelpOptions = true,
		description = "Count the metrics' histogram rollups again from the raw answers.")
public class RollupsRebuildCommand extends ApplicationCommand {

	@Option(names = "--workspace", description = "Only this workspace (its id); default: every workspace.")
	UUID workspace;

	@Override
	public int run(ApplicationContext application, PrintWriter out, PrintWriter err) {
		RollupRecorder recorder = application.getBean(RollupRecorder.class);
		TransactionTemplate transactions = application.getBean(TransactionTemplate.class);
		long start = System.nanoTime();
		if (workspace != null) {
			WorkspaceId id = new WorkspaceId(workspace);
			if (application.getBean(WorkspaceSetup.class).find(id).isEmpty()) {
				err.println("No workspace " + workspace + ".");
				return 2;
			}
			transactions.executeWithoutResult(status -> recorder.rebuild(id));
		}
		else {
			for (WorkspaceId id : recorder.workspacesToRebuild()) {
				transactions.executeWithoutResult(status -> recorder.rebuild(id));
			}
		}
		long rows = application.getBean(JdbcTemplate.class).queryForObject(workspace == null
				? "SELECT COUNT(*) FROM score_rollup" : "SELECT COUNT(*) FROM score_rollup WHERE " + ScoreRollups.OF_WORKSPACE,
				Long.class, workspace == null ? new Object[0] : new Object[] { workspace });
		out.printf("Rollups rebuilt: %d rows (one per question, local day, channel, branch and touchpoint) in %d ms.%n",
				rows, (System.nanoTime() - start) / 1_000_000);
		return 0;
	}
}
