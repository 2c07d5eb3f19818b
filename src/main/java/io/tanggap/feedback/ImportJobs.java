package io.tanggap.feedback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.SurveyId;

/**
 * The imports staff are working on: an uploaded file between its steps (mapping, dry run, import)
 * and the progress of an import running in the background. Kept in memory only, the newest
 * {@value #KEPT}: a restart forgets them, and the stored responses are what counts.
 */
@Component
class ImportJobs {

	static final int KEPT = 20;
	private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

	/** One uploaded file and, once started, its import. Fields are written by one thread at a time. */
	static final class Job {
		final UUID id = UUID.randomUUID();
		final WorkspaceId workspace;
		final SurveyId survey;
		final SpreadsheetRows sheet;
		volatile ImportMapping mapping;
		volatile boolean started;
		volatile int done;
		volatile ImportReport report;
		volatile Problem failure;

		Job(WorkspaceId workspace, SurveyId survey, SpreadsheetRows sheet) {
			this.workspace = workspace;
			this.survey = survey;
			this.sheet = sheet;
		}

		public UUID id() {
			return id;
		}

		public java.util.List<String> headers() {
			return sheet.headers();
		}

		public int total() {
			return sheet.rows().size();
		}

		public int done() {
			return done;
		}

		public boolean started() {
			return started;
		}

		public boolean running() {
			return started && report == null && failure == null;
		}

		public ImportReport report() {
			return report;
		}

		public Problem failure() {
			return failure;
		}
	}

	private final Map<UUID, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Job> eldest) {
			return size() > KEPT;
		}
	});
	private final ResponseImport imports;
	private final Executor executor;

	ImportJobs(ResponseImport imports, @Qualifier("applicationTaskExecutor") Executor executor) {
		this.imports = imports;
		this.executor = executor;
	}

	Job upload(WorkspaceId workspace, SurveyId survey, SpreadsheetRows sheet) {
		Job job = new Job(workspace, survey, sheet);
		jobs.put(job.id, job);
		return job;
	}

	/** @throws Problem 410 when the job is unknown, forgotten or of another workspace or survey */
	Job get(WorkspaceId workspace, SurveyId survey, UUID id) {
		return Optional.ofNullable(jobs.get(id))
			.filter(job -> job.workspace.equals(workspace) && job.survey.equals(survey))
			.orElseThrow(() -> Problem.gone("import-gone"));
	}

	/** Starts the import in the background, once; the mapping was checked by a dry run. */
	synchronized void start(Job job) {
		if (job.started) {
			return;
		}
		job.started = true;
		executor.execute(() -> {
			try {
				job.report = imports.run(job.workspace, job.survey, job.sheet, job.mapping, false, done -> job.done = done);
			}
			catch (Problem problem) {
				job.failure = problem;
			}
			catch (RuntimeException e) {
				LOG.error("Import {} failed", job.id, e);
				job.failure = Problem.unavailable("internal");
			}
		});
	}
}
