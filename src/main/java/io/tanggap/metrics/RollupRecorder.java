package io.tanggap.metrics;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.tanggap.feedback.ResponseCorrected;
import io.tanggap.feedback.ResponseDeleted;
import io.tanggap.feedback.ResponseSubmitted;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.identity.WorkspaceTimeZoneChanged;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.AnsweredQuestion;

/**
 * Keeps the histogram rollups in step with the responses, in the same transaction: the events are
 * heard synchronously (not after commit), their counts are summed per transaction, and written just
 * before it commits, in one batch, so that a shared commit of many responses costs one statement.
 * If that write fails, the transaction fails with it and nothing is stored half-way.
 */
@Component
class RollupRecorder {

	private final ScoreRollups rollups;
	private final RollupCube cube;
	private final WorkspaceSetup workspaces;
	private final Map<WorkspaceId, ZoneId> zones = new ConcurrentHashMap<>();

	RollupRecorder(ScoreRollups rollups, RollupCube cube, WorkspaceSetup workspaces) {
		this.rollups = rollups;
		this.cube = cube;
		this.workspaces = workspaces;
	}

	/**
	 * Reads the rollups into memory in the background once the service has started; not for a jar
	 * command, which runs without a web server and ends when its work is done.
	 */
	@EventListener
	void started(org.springframework.boot.context.event.ApplicationReadyEvent ready) {
		if (!(ready.getApplicationContext() instanceof org.springframework.boot.web.server.context.WebServerApplicationContext)) {
			return;
		}
		Thread loader = new Thread(cube::loadAll, "metrics-cube-load");
		loader.setDaemon(true);
		loader.start();
	}

	@EventListener
	void on(ResponseSubmitted submitted) {
		count(submitted, 1);
	}

	@EventListener
	void on(ResponseDeleted deleted) {
		count(deleted.response(), -1);
	}

	@EventListener
	void on(ResponseCorrected corrected) {
		count(corrected.before(), -1);
		count(corrected.after(), 1);
	}

	/** Local days move with the zone: the workspace's rollups are counted again, in this transaction. */
	@EventListener
	void on(WorkspaceTimeZoneChanged changed) {
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending != null) {
			pending.write();
		}
		zones.put(changed.workspace(), changed.after());
		rebuild(changed.workspace(), changed.after(), false);
	}

	/** @return every workspace whose rollups a rebuild of all must count again */
	java.util.List<WorkspaceId> workspacesToRebuild() {
		return rollups.workspacesToRebuild().stream().map(WorkspaceId::new).toList();
	}

	/**
	 * Counts a workspace's rollups again, in a transaction that has written nothing they depend on
	 * (several connections may count at once, and see only what is committed).
	 */
	void rebuild(WorkspaceId workspace) {
		rebuild(workspace, zone(workspace), true);
	}

	/** Counts the rollups again; the cube reads them again once this transaction (if any) has ended. */
	private void rebuild(WorkspaceId workspace, ZoneId zone, boolean alone) {
		try {
			rollups.rebuild(workspace, zone, alone);
		}
		finally {
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						cube.forget(workspace);
					}
				});
			}
			else {
				cube.forget(workspace);
			}
		}
	}

	private void count(ResponseSubmitted response, long sign) {
		Map<RollupKey, Long> counts = new HashMap<>();
		var day = response.submittedAt().atZone(zone(response.workspace())).toLocalDate();
		for (AnsweredQuestion answer : response.answers()) {
			if (answer.score() == null || !answer.type().scored()) {
				continue;
			}
			RollupKey key = new RollupKey(response.workspace().value(), day, response.survey().value(),
					answer.questionId(), answer.type().name(), answer.role().name(), response.channel().name(),
					response.branch() == null ? RollupKey.NO_BRANCH : response.branch(),
					response.touchpoint() == null ? "" : response.touchpoint(), answer.score());
			counts.merge(key, sign, Long::sum);
		}
		if (counts.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			cube.committing();
			RollupCube.Outcome outcome = RollupCube.Outcome.UNKNOWN;
			try {
				rollups.add(counts);
				outcome = RollupCube.Outcome.COMMITTED;
			}
			finally {
				cube.committed(counts, outcome);
			}
			return;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		Pending into = pending;
		counts.forEach((key, count) -> into.counts.merge(key, count, Long::sum));
	}

	private ZoneId zone(WorkspaceId workspace) {
		return zones.computeIfAbsent(workspace,
				id -> workspaces.find(id).map(Workspace::timeZone).orElse(Workspace.DEFAULT_TIME_ZONE));
	}

	/**
	 * The counts of one transaction, written before it commits and handed to the cube once it has
	 * (see {@link RollupCube} for why the cube is told just before the commit).
	 */
	private final class Pending implements TransactionSynchronization {

		final Map<RollupKey, Long> counts = new HashMap<>();
		final Map<RollupKey, Long> written = new HashMap<>();
		boolean committing;

		void write() {
			rollups.add(counts);
			counts.forEach((key, count) -> written.merge(key, count, Long::sum));
			counts.clear();
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write();
			if (!written.isEmpty()) {
				cube.committing();
				committing = true;
			}
		}

		/** Hands the counts over as early as possible: a writer between the two calls holds up every load. */
		@Override
		public void afterCommit() {
			if (committing) {
				committing = false;
				cube.committed(written, RollupCube.Outcome.COMMITTED);
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(RollupRecorder.this);
			if (committing) {
				committing = false;
				cube.committed(written, status == STATUS_ROLLED_BACK ? RollupCube.Outcome.ROLLED_BACK
						: RollupCube.Outcome.UNKNOWN);
			}
		}
	}
}
