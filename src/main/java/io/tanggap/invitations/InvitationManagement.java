package io.tanggap.invitations;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.feedback.ResponseSubmitted;
import io.tanggap.identity.Actor;
import io.tanggap.identity.Role;
import io.tanggap.invitations.Invitation.State;
import io.tanggap.invitations.RecipientList.Recipient;
import io.tanggap.invitations.RecipientList.RowError;
import io.tanggap.shared.Problem;
import io.tanggap.survey.Survey;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * Uploading recipient lists for a published survey, following their invitations, and the
 * recipients' side: answering (through the personal link) and unsubscribing.
 */
@Service
class InvitationManagement {

	/** What became of an uploaded list: one invitation per usable row, and the rows not taken. */
	record Report(UUID campaign, int queued, List<Skipped> skipped, List<RowError> errors) {
	}

	record Skipped(int row, String email, State reason) {
	}

	/** A page of a survey's invitations with the counts of all of them per state. */
	record Overview(Map<State, Integer> counts, int offset, int limit, List<Invitation> invitations) {
	}

	private final SurveyManagement surveys;
	private final SurveyInvitations invitations;
	private final InvitationRules rules;
	private final Clock clock;

	InvitationManagement(SurveyManagement surveys, SurveyInvitations invitations, InvitationRules rules, Clock clock) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * Queues an invitation for each usable row; addresses invited within the fatigue period or
	 * unsubscribed are recorded as skipped, never e-mailed.
	 * @throws Problem 404 for a survey of another workspace, 409 when it is not published, 422 for a bad file
	 */
	@Transactional
	Report upload(Actor actor, SurveyId id, String fileName, InputStream file) {
		actor.requireRole(Role.ADMIN);
		Survey survey = surveys.get(actor, id);
		if (survey.status() != Survey.Status.PUBLISHED) {
			throw Problem.conflict("survey-not-open", survey.name());
		}
		RecipientList.Parsed parsed = RecipientList.parse(fileName, file);
		Instant now = clock.instant();
		Set<String> recent = invitations.invitedSince(actor.workspace(),
				now.minus(Duration.ofDays(rules.of(actor.workspace()).fatigueDays())));
		Set<String> unsubscribed = invitations.unsubscribed(actor.workspace());
		UUID campaign = UUID.randomUUID();
		invitations.insertCampaign(campaign, actor.workspace(), survey.id(), name(fileName), actor.name(), now,
				parsed.errors().size());
		List<Invitation> rows = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		for (Recipient recipient : parsed.recipients()) {
			State state = unsubscribed.contains(recipient.email()) ? State.SKIPPED_UNSUBSCRIBED
					: recent.contains(recipient.email()) ? State.SKIPPED_FATIGUE : State.QUEUED;
			if (state != State.QUEUED) {
				skipped.add(new Skipped(recipient.row(), recipient.email(), state));
			}
			rows.add(new Invitation(UUID.randomUUID(), campaign, actor.workspace(), survey.id(), recipient.email(),
					recipient.name(), recipient.customerRef(), recipient.language(), Invitation.newToken(), state, 0,
					state == State.QUEUED ? now : null, now, null, null, null, null));
		}
		invitations.insert(rows);
		return new Report(campaign, rows.size() - skipped.size(), skipped, parsed.errors());
	}

	@Transactional(readOnly = true)
	List<SurveyInvitations.Campaign> campaigns(Actor actor, SurveyId id) {
		return invitations.campaigns(actor.workspace(), surveys.get(actor, id).id());
	}

	/** @throws Problem 404 for a survey of another workspace, 422 for paging out of range */
	@Transactional(readOnly = true)
	Overview overview(Actor actor, SurveyId id, int offset, int limit) {
		SurveyId survey = surveys.get(actor, id).id();
		if (offset < 0 || limit < 1 || limit > 500) {
			throw Problem.invalid("paging", 500);
		}
		return new Overview(invitations.counts(actor.workspace(), survey, InvitationFilter.ANY), offset, limit,
				invitations.ofSurvey(actor.workspace(), survey, offset, limit));
	}

	/** The invitation behind a personal token, for its unsubscribe page. */
	@Transactional(readOnly = true)
	Optional<Invitation> byToken(String token) {
		return token == null || token.length() > 64 ? Optional.empty() : invitations.byToken(token);
	}

	/** Honoured for the invitation's workspace: no invitation to the address from it again. */
	@Transactional
	Invitation unsubscribe(String token) {
		Invitation invitation = byToken(token).orElseThrow(() -> Problem.notFound("invitation"));
		invitations.unsubscribe(invitation.workspace(), invitation.email(), clock.instant());
		return invitation;
	}

	boolean isUnsubscribed(Invitation invitation) {
		return invitations.isUnsubscribed(invitation.workspace(), invitation.email());
	}

	/**
	 * A response through a personal link ends its invitation: no reminder follows. Only e-mail
	 * responses can come through one, and the condition keeps every other response from costing
	 * an event publication.
	 */
	@ApplicationModuleListener(condition = "#event.channel() == T(io.tanggap.feedback.Channel).EMAIL")
	void on(ResponseSubmitted event) {
		invitations.responded(event.workspace(), event.idempotencyKey(), event.submittedAt());
	}

	private static String name(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return null;
		}
		return fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
	}
}
