package io.tanggap.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.tanggap.identity.BranchDirectory;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.CheckedAnswers;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.SurveyManagement;

/**
 * Takes in a submission exactly once: checks it against the open survey version, stores it with
 * its answers in a transaction that also records {@link ResponseSubmitted} (and
 * {@link ResponsesSubmitted} for the transaction's responses together), and acknowledges only
 * after the commit. A submission whose idempotency key was seen before is not stored again: the
 * first response is returned, also when both arrive at the same moment.
 */
@Service
public class FeedbackIntake {

	/** What the caller learns: the response, and whether this submission was a repeat. */
	public record Receipt(ResponseId response, boolean duplicate) {
	}

	static final int MAX_KEY = 100;
	static final int MAX_REFERENCE = 200;
	private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

	private final SurveyManagement surveys;
	private final BranchDirectory branches;
	private final Responses responses;
	private final GroupCommit writer;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FeedbackIntake(SurveyManagement surveys, BranchDirectory branches, Responses responses, GroupCommit writer,
			ApplicationEventPublisher events, Clock clock) {
		this.surveys = surveys;
		this.branches = branches;
		this.responses = responses;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks and stores a submission, or finds the response an earlier submission with the same key
	 * stored. Inside a caller's transaction (imports, the demo) the response is written in it;
	 * otherwise it joins the next shared commit ({@link GroupCommit}).
	 */
	public Receipt submit(WorkspaceId workspace, Submission submission) {
		String key = limited(submission.idempotencyKey(), "idempotency-key", MAX_KEY, true);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			var earlier = responses.findKey(workspace, key);
			if (earlier.isPresent()) {
				return repeat(earlier.get(), key, submission.survey());
			}
			SurveyResponse response = checked(workspace, key, submission);
			if (responses.insertNew(List.of(response)).isEmpty()) {
				// Another transaction stored the key between the look-up and the insert (a retry
				// posted while an import runs): this one is then the repeat.
				return repeat(responses.findKey(workspace, key).orElseThrow(() -> Problem.unavailable("intake-busy")), key,
						submission.survey());
			}
			ResponseSubmitted submitted = response.submitted();
			events.publishEvent(submitted);
			CommitAnnouncement.add(events, submitted);
			return new Receipt(response.id(), false);
		}
		SurveyResponse response;
		try {
			response = checked(workspace, key, submission);
		}
		catch (Problem problem) {
			// A retry of a stored response is answered as a repeat, even if the survey has closed since.
			var earlier = responses.findKey(workspace, key);
			if (earlier.isPresent()) {
				return repeat(earlier.get(), key, submission.survey());
			}
			throw problem;
		}
		// The shared commit finds repeated keys for the whole batch in one query.
		return writer.write(response);
	}

	/**
	 * @return whether the intake is busy: responses have been queueing up for the shared commit in
	 *         the last moment. Work that may wait (reading comments, say) waits while it is, so that
	 *         it never takes the CPU that taking responses in needs.
	 */
	public boolean busy() {
		return writer.crowded();
	}

	/**
	 * Checks a submission exactly as {@link #submit} does, without storing it: an import checks every
	 * row before any of its batch is written, so one wrong row cannot spoil the batch's transaction.
	 * @throws Problem naming the first thing that is wrong
	 */
	void check(WorkspaceId workspace, Submission submission) {
		checked(workspace, limited(submission.idempotencyKey(), "idempotency-key", MAX_KEY, true), submission);
	}

	private SurveyResponse checked(WorkspaceId workspace, String key, Submission submission) {
		CheckedAnswers checked = surveys.check(workspace, submission.survey(),
				submission.answers() == null ? Map.of() : submission.answers(),
				submission.hidden() == null ? HiddenAnswers.REJECT : submission.hidden());
		if (submission.branch() != null && branches.find(workspace, submission.branch()).isEmpty()) {
			throw Problem.invalid("branch-unknown", submission.branch());
		}
		Instant now = clock.instant();
		return new SurveyResponse(ResponseId.next(), workspace, checked.survey(), checked.version(), key,
				submission.channel() == null ? Channel.API : submission.channel(), submission.branch(),
				limited(submission.touchpoint(), "touchpoint", 100, false),
				limited(submission.customerRef(), "customer-ref", MAX_REFERENCE, false),
				language(submission.language(), checked), submittedAt(submission.submittedAt(), now), now,
				checked.answers(), checked.scores());
	}

	/** @return the receipt of a repeated key, which must be for the same survey */
	static Receipt repeat(Responses.KeyUse existing, String key, io.tanggap.survey.SurveyId survey) {
		if (!existing.survey().equals(survey)) {
			throw Problem.conflict("idempotency-key-reused", key);
		}
		return new Receipt(existing.response(), true);
	}

	private static String language(String requested, CheckedAnswers checked) {
		if (requested == null || requested.isBlank()) {
			return checked.defaultLanguage();
		}
		String language = requested.strip().toLowerCase(Locale.ROOT);
		if (!checked.languages().contains(language)) {
			throw Problem.invalid("language-unsupported", requested);
		}
		return language;
	}

	private Instant submittedAt(Instant requested, Instant now) {
		if (requested == null) {
			return now;
		}
		if (requested.isAfter(now.plus(FUTURE_TOLERANCE))) {
			throw Problem.invalid("submitted-in-future", requested);
		}
		return requested;
	}

	static String limited(String value, String field, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw Problem.invalid("required", field);
			}
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw Problem.invalid("too-long", field, max);
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw Problem.invalid("control-characters", field);
		}
		return stripped;
	}
}
