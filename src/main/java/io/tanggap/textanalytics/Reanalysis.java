package io.tanggap.textanalytics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.tanggap.feedback.Comments;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.shared.WorkspaceId;

/**
 * Reads a workspace's comments again after its themes changed, in the background, a part at a time:
 * each part's readings and the position reached are stored in one transaction, so the work goes on
 * from there after a crash. Every node looks for work nobody holds every
 * {@code tanggap.textanalytics.reanalysis-interval} and claims it in the database first, so one node
 * works on a workspace at a time; a node that stops lets go of its work. The work has one thread of
 * its own, so it never holds up the threads that deliver events or the scheduler.
 */
@Component
class Reanalysis implements DisposableBean {

	/** What the settings page and the API show of the work. */
	record Progress(String state, int revision, long done, Long total, Instant startedAt, Instant finishedAt) {
	}

	private static final Logger LOG = LoggerFactory.getLogger(Reanalysis.class);
	private static final int WORKSPACES_AT_ONCE = 10;

	private final ReanalysisJobs jobs;
	private final CommentReading reading;
	private final WorkspaceTaxonomies taxonomies;
	private final Comments comments;
	private final TransactionTemplate transactions;
	private final TextAnalyticsSettings settings;
	private final Clock clock;
	private final FeedbackIntake intake;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "text-reanalysis");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean queued = new AtomicBoolean();
	private volatile boolean stopping;

	Reanalysis(ReanalysisJobs jobs, CommentReading reading, WorkspaceTaxonomies taxonomies, Comments comments,
			TransactionTemplate transactions, TextAnalyticsSettings settings, Clock clock, FeedbackIntake intake) {
		this.intake = intake;
		this.jobs = jobs;
		this.reading = reading;
		this.taxonomies = taxonomies;
		this.comments = comments;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Starts reading the workspace's comments again for this revision, from the beginning, in the
	 * caller's transaction; the work begins once it commits.
	 */
	void start(WorkspaceId workspace, int revision) {
		jobs.start(workspace, revision, clock.instant());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	/** @return the workspace's latest work; empty when its comments were never read again */
	Optional<Progress> progress(WorkspaceId workspace) {
		return jobs.find(workspace).map(job -> new Progress(job.state(), job.revision(), job.done(), job.total(),
				job.startedAt(), job.finishedAt()));
	}

	/** Looks for work nobody holds, on the work's own thread. */
	@Scheduled(initialDelayString = "${tanggap.textanalytics.reanalysis-interval:PT5S}",
			fixedDelayString = "${tanggap.textanalytics.reanalysis-interval:PT5S}")
	void wake() {
		if (!stopping && queued.compareAndSet(false, true)) {
			worker.execute(this::work);
		}
	}

	private void work() {
		queued.set(false);
		try {
			Instant now = clock.instant();
			for (WorkspaceId workspace : jobs.due(now, WORKSPACES_AT_ONCE)) {
				if (!stopping && jobs.claim(workspace, now, now.plus(settings.reanalysisClaim()))) {
					run(workspace);
				}
			}
		}
		catch (RuntimeException e) {
			// Left claimed: the work is tried again once its claim has run out.
			LOG.warn("Reading comments again failed; it is tried again later", e);
		}
	}

	/** Reads a part at a time, each while the intake is not busy (the work may wait, taking responses in may not). */
	private void run(WorkspaceId workspace) {
		do {
			while (intake.busy() && !stopping) {
				pause();
			}
			if (stopping) {
				jobs.release(workspace, clock.instant());
				return;
			}
		}
		while (Boolean.TRUE.equals(transactions.execute(status -> part(workspace))));
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** @return whether there is more to read */
	private boolean part(WorkspaceId workspace) {
		taxonomies.lockedRevision(workspace);
		ReanalysisJobs.Job job = jobs.find(workspace).filter(j -> ReanalysisJobs.RUNNING.equals(j.state())).orElse(null);
		if (job == null) {
			return false;
		}
		if (job.total() == null) {
			jobs.counted(workspace, job.revision(), comments.count(workspace));
		}
		List<Comments.Comment> part = comments.after(workspace, job.after(), settings.reanalysisPart());
		Instant now = clock.instant();
		if (part.isEmpty()) {
			jobs.finish(workspace, job.revision(), now);
			return false;
		}
		reading.readAgain(workspace, part);
		jobs.advance(workspace, job.revision(), part.get(part.size() - 1).position(), part.size(),
				now.plus(settings.reanalysisClaim()));
		return true;
	}

	/** Lets the current part finish (an interrupted write could close the embedded database's file). */
	@Override
	public void destroy() throws InterruptedException {
		stopping = true;
		worker.shutdown();
		worker.awaitTermination(30, TimeUnit.SECONDS);
	}
}
