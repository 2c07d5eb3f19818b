package io.tanggap.feedback;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.identity.AuditLog;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.Role;
import io.tanggap.shared.Problem;

/**
 * Deleting a response (test answers, a customer's request to erase theirs) and correcting where it
 * came from. Both are for admins, are audited, and publish an event in the same transaction, so
 * that everything counted from the response (the metrics' rollups) changes with it.
 */
@Service
public class ResponseChanges {

	/** Where a response came from, as staff corrects it; a null branch or touchpoint means none. */
	public record Correction(Channel channel, UUID branchId, String touchpoint) {
	}

	private final Responses responses;
	private final BranchDirectory branches;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	ResponseChanges(Responses responses, BranchDirectory branches, AuditLog audit, ApplicationEventPublisher events) {
		this.responses = responses;
		this.branches = branches;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public void delete(Actor actor, ResponseId id) {
		actor.requireRole(Role.ADMIN);
		SurveyResponse response = responses.find(actor.workspace(), id).orElseThrow(() -> Problem.notFound("response"));
		responses.delete(response);
		audit.record(actor, "response.deleted", id.toString());
		events.publishEvent(new ResponseDeleted(response.submitted(), actor.name()));
	}

	@Transactional
	public SurveyResponse correct(Actor actor, ResponseId id, Correction correction) {
		actor.requireRole(Role.ADMIN);
		if (correction == null || correction.channel() == null) {
			throw Problem.invalid("required", "channel");
		}
		SurveyResponse before = responses.find(actor.workspace(), id).orElseThrow(() -> Problem.notFound("response"));
		// IMPORT marks a response that came from a file: one may keep it, none may take it on.
		if (correction.channel() == Channel.IMPORT && before.channel() != Channel.IMPORT) {
			throw Problem.invalid("channel-import");
		}
		if (correction.branchId() != null && branches.find(actor.workspace(), correction.branchId()).isEmpty()) {
			throw Problem.invalid("branch-unknown", correction.branchId());
		}
		String touchpoint = FeedbackIntake.limited(correction.touchpoint(), "touchpoint", 100, false);
		SurveyResponse after = new SurveyResponse(before.id(), before.workspace(), before.survey(), before.surveyVersion(),
				before.idempotencyKey(), correction.channel(), correction.branchId(), touchpoint, before.customerRef(),
				before.language(), before.submittedAt(), before.receivedAt(), before.answers(),
				before.scores());
		if (after.equals(before)) {
			return before;
		}
		responses.correct(after);
		audit.record(actor, "response.corrected", id + ": " + before.channel() + "/" + before.branch() + "/"
				+ before.touchpoint() + " -> " + after.channel() + "/" + after.branch() + "/" + after.touchpoint());
		events.publishEvent(new ResponseCorrected(before.submitted(), after.submitted(), actor.name()));
		return after;
	}
}
