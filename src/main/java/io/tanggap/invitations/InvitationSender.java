package io.tanggap.invitations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.tanggap.identity.PublicAddress;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.invitations.Invitation.State;
import io.tanggap.shared.WorkspaceId;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends due invitations and reminders over SMTP, in each recipient's language. Every node runs it;
 * an invitation is claimed in the database before it is sent, so two nodes never send the same
 * e-mail. A failed attempt leaves the invitation due again after a back-off; after
 * {@code max-attempts} failures it is marked failed.
 */
@Component
class InvitationSender {

	private static final Logger LOG = LoggerFactory.getLogger(InvitationSender.class);

	private final SurveyInvitations invitations;
	private final JavaMailSender mail;
	private final MessageSource messages;
	private final WorkspaceSetup workspaces;
	private final PublicAddress address;
	private final InvitationSettings settings;
	private final InvitationRules rules;
	private final Clock clock;

	InvitationSender(SurveyInvitations invitations, JavaMailSender mail, MessageSource messages, WorkspaceSetup workspaces,
			PublicAddress address, InvitationSettings settings, InvitationRules rules, Clock clock) {
		this.rules = rules;
		this.invitations = invitations;
		this.mail = mail;
		this.messages = messages;
		this.workspaces = workspaces;
		this.address = address;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${tanggap.invitations.send-interval:PT10S}",
			fixedDelayString = "${tanggap.invitations.send-interval:PT10S}")
	void sendDue() {
		sendDue(clock.instant());
	}

	/** @return how many e-mails went out */
	int sendDue(Instant now) {
		int sent = 0;
		Map<WorkspaceId, String> businesses = new HashMap<>();
		for (UUID id : invitations.due(now, settings.batchSize())) {
			Optional<Invitation> claimed = invitations.claim(id, now, now.plus(settings.claim()));
			if (claimed.isPresent()) {
				sent += send(claimed.get(), now, businesses) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean send(Invitation invitation, Instant now, Map<WorkspaceId, String> businesses) {
		boolean reminder = invitation.reminderDue();
		String business = businesses.computeIfAbsent(invitation.workspace(),
				w -> workspaces.find(w).map(Workspace::name).orElse("Tanggap"));
		try {
			mail.send(message(invitation, business, reminder));
		}
		catch (MailException | MessagingException e) {
			invitations.release(failed(invitation, reminder, now, e));
			return false;
		}
		invitations.release(reminder
				? with(invitation, State.SENT, 0, null, invitation.sentAt(), now, null)
				: with(invitation, State.SENT, 0, now.plus(Duration.ofDays(rules.of(invitation.workspace()).reminderDays())),
						now, null, null));
		return true;
	}

	private Invitation failed(Invitation invitation, boolean reminder, Instant now, Exception e) {
		int attempts = invitation.attempts() + 1;
		String error = String.valueOf(e.getMessage());
		error = error.length() > 500 ? error.substring(0, 500) : error;
		LOG.warn("Invitation {} not sent (attempt {}): {}", invitation.id(), attempts, error);
		if (attempts < settings.maxAttempts()) {
			return with(invitation, invitation.state(), attempts, now.plus(settings.backOff(attempts)),
					invitation.sentAt(), invitation.remindedAt(), error);
		}
		// a reminder that cannot be sent is given up without marking the invitation itself failed
		return reminder ? with(invitation, State.SENT, attempts, null, invitation.sentAt(), null, error)
				: with(invitation, State.FAILED, attempts, null, null, null, error);
	}

	private MimeMessage message(Invitation invitation, String business, boolean reminder) throws MessagingException {
		Locale locale = Locale.forLanguageTag(invitation.language());
		String link = address.of("/s/" + invitation.survey() + "?ch=email&k=" + invitation.token());
		String unsubscribe = address.of("/unsubscribe/" + invitation.token());
		String greeting = invitation.name() == null ? messages.getMessage("invitation.mail.greeting", null, locale)
				: messages.getMessage("invitation.mail.greeting-name", new Object[] { invitation.name() }, locale);
		String kind = reminder ? "reminder" : "invitation";
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(invitation.email());
		helper.setSubject(messages.getMessage("invitation.mail." + kind + ".subject", new Object[] { business }, locale));
		helper.setText(greeting + "\n\n"
				+ messages.getMessage("invitation.mail." + kind + ".body", new Object[] { business, link }, locale) + "\n\n"
				+ messages.getMessage("invitation.mail.unsubscribe", new Object[] { unsubscribe }, locale) + "\n");
		message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
		return message;
	}

	private static Invitation with(Invitation i, State state, int attempts, Instant next, Instant sentAt,
			Instant remindedAt, String error) {
		return new Invitation(i.id(), i.campaign(), i.workspace(), i.survey(), i.email(), i.name(), i.customerRef(),
				i.language(), i.token(), state, attempts, next, i.createdAt(), sentAt, remindedAt, i.respondedAt(), error);
	}
}
