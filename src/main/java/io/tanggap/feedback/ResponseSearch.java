package io.tanggap.feedback;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.Problem;
import io.tanggap.survey.Survey;
import io.tanggap.survey.SurveyManagement;

/**
 * Finding the responses of the caller's workspace that match a {@link ResponseFilter}: a page to look
 * at, one response, or all of them (up to {@value #MAX_EXPORT}) for an export, read a batch at a time.
 * Periods are days in the workspace's time zone. Every role may read.
 */
@Service
class ResponseSearch {

	static final int MAX_EXPORT = 100_000;
	static final int MAX_LIMIT = 500;
	private static final int BATCH = 500;

	/** A page of responses, newest first, and how many match in all. */
	record Page(long total, int offset, List<SurveyResponse> responses) {
	}

	/** Takes the responses of an export a batch at a time. */
	@FunctionalInterface
	interface Rows {
		void write(List<SurveyResponse> batch) throws IOException;
	}

	private final Responses responses;
	private final SurveyManagement surveys;
	private final WorkspaceSetup workspaces;
	private final ResponseReadings readings;

	ResponseSearch(Responses responses, SurveyManagement surveys, WorkspaceSetup workspaces, ResponseReadings readings) {
		this.responses = responses;
		this.surveys = surveys;
		this.workspaces = workspaces;
		this.readings = readings;
	}

	/**
	 * @throws Problem 404 when the filter names a survey of another workspace, 422 for bad paging or a
	 * theme the workspace does not have
	 */
	@Transactional(readOnly = true)
	Page find(Actor actor, ResponseFilter filter, int offset, int limit) {
		if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
			throw Problem.invalid("paging", MAX_LIMIT);
		}
		var where = where(actor, filter);
		return new Page(responses.count(where), offset, responses.matching(where, offset, limit));
	}

	@Transactional(readOnly = true)
	SurveyResponse get(Actor actor, ResponseId id) {
		return responses.find(actor.workspace(), id).orElseThrow(() -> Problem.notFound("response"));
	}

	/**
	 * Checks that an export of this filter may start: call it before anything is written.
	 * @return the survey the filter names, if any
	 * @throws Problem 422 when more than {@value #MAX_EXPORT} responses match
	 */
	@Transactional(readOnly = true)
	Optional<Survey> exportable(Actor actor, ResponseFilter filter) {
		if (responses.count(where(actor, filter)) > MAX_EXPORT) {
			throw Problem.invalid("export-too-large", MAX_EXPORT);
		}
		return Optional.ofNullable(filter.survey()).map(id -> surveys.get(actor, id));
	}

	/**
	 * Hands every matching response, newest first, to {@code rows}, reading {@value #BATCH} at a time so
	 * that a long export never holds more than one batch in memory. Stops after {@value #MAX_EXPORT}.
	 */
	void each(Actor actor, ResponseFilter filter, Rows rows) throws IOException {
		var where = where(actor, filter);
		SurveyResponse last = null;
		int written = 0;
		while (written < MAX_EXPORT) {
			List<SurveyResponse> batch = responses.matchingAfter(where, last, Math.min(BATCH, MAX_EXPORT - written));
			if (!batch.isEmpty()) {
				rows.write(batch);
			}
			written += batch.size();
			if (batch.size() < BATCH) {
				return;
			}
			last = batch.get(batch.size() - 1);
		}
	}

	ZoneId zone(Actor actor) {
		return workspaces.find(actor.workspace()).map(Workspace::timeZone).orElse(Workspace.DEFAULT_TIME_ZONE);
	}

	private ResponseFilter.Where where(Actor actor, ResponseFilter filter) {
		if (filter.survey() != null) {
			surveys.get(actor, filter.survey());
		}
		if (filter.theme() != null && readings.themes(actor.workspace()).stream().noneMatch(t -> t.key().equals(filter.theme()))) {
			throw Problem.invalid("filter-theme", filter.theme());
		}
		return filter.where(actor.workspace(), zone(actor));
	}
}
