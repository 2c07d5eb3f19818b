package io.tanggap.invitations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How invitations are sent ({@code tanggap.invitations.*}).
 * @param from the sender address of every invitation e-mail
 * @param fatigueDays a contact invited within this many days is not invited again (per workspace)
 * @param reminderDays one reminder goes to those who have not answered after this many days
 * @param maxAttempts failed SMTP attempts before an invitation is given up as failed
 * @param batchSize invitations one run of the sender takes
 * @param claim how long a node holds the invitations it took before another node may take them
 */
@ConfigurationProperties("tanggap.invitations")
record InvitationSettings(@DefaultValue("Tanggap <no-reply@localhost>") String from, @DefaultValue("30") int fatigueDays,
		@DefaultValue("3") int reminderDays, @DefaultValue("10") int maxAttempts, @DefaultValue("100") int batchSize,
		@DefaultValue("5m") Duration claim) {

	private static final Duration MAX_BACK_OFF = Duration.ofHours(1);

	/** Waits 1, 2, 4 … minutes after each failed attempt, at most an hour: a broken SMTP server delays, never loses. */
	Duration backOff(int attempts) {
		Duration wait = Duration.ofMinutes(1L << Math.min(Math.max(attempts - 1, 0), 6));
		return wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait;
	}
}
