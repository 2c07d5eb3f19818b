package io.tanggap.invitations;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.SurveyId;

/**
 * One recipient's invitation to a survey, with the personal token that its link carries and that
 * becomes the response's idempotency key, so that a recipient's answer counts once.
 * @param nextAttemptAt when the invitation (or its reminder) is due; null when nothing is due
 */
record Invitation(UUID id, UUID campaign, WorkspaceId workspace, SurveyId survey, String email, String name,
		String customerRef, String language, String token, State state, int attempts, Instant nextAttemptAt,
		Instant createdAt, Instant sentAt, Instant remindedAt, Instant respondedAt, String lastError) {

	enum State {
		QUEUED, SENT, FAILED, RESPONDED, UNSUBSCRIBED, SKIPPED_FATIGUE, SKIPPED_UNSUBSCRIBED;

		boolean skipped() {
			return this == SKIPPED_FATIGUE || this == SKIPPED_UNSUBSCRIBED;
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	/** @return 256 random bits, URL-safe Base64 without padding (43 characters) */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** @return whether the next e-mail is the reminder rather than the invitation itself */
	boolean reminderDue() {
		return state == State.SENT;
	}

	/** @return why the last attempt to send failed, or null when none did; public for the list's template */
	public DeliveryFailure failure() {
		return lastError == null ? null : DeliveryFailure.of(lastError);
	}
}
