package io.tanggap.invitations;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Role;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/**
 * Each workspace's invitation rules: a contact invited within {@code fatigueDays} is not invited
 * again, and one reminder goes out {@code reminderDays} after an unanswered invitation. A workspace
 * that set none follows the installation's defaults ({@code tanggap.invitations.*}).
 */
@Component
class InvitationRules {

	/** The rules of one workspace. */
	record Rules(int fatigueDays, int reminderDays) {
	}

	static final int MAX_DAYS = 365;

	private final JdbcClient jdbc;
	private final InvitationSettings defaults;

	InvitationRules(JdbcClient jdbc, InvitationSettings defaults) {
		this.jdbc = jdbc;
		this.defaults = defaults;
	}

	Rules of(WorkspaceId workspace) {
		Optional<Rules> own = jdbc.sql("SELECT fatigue_days, reminder_days FROM invitation_rules WHERE workspace_id = ?")
			.param(workspace.value()).query((rs, row) -> new Rules(rs.getInt(1), rs.getInt(2))).optional();
		return own.orElseGet(() -> new Rules(defaults.fatigueDays(), defaults.reminderDays()));
	}

	/** Sets the caller's workspace's rules (admins and owners); 0 fatigue days invites anyone again. */
	@Transactional
	Rules change(Actor actor, int fatigueDays, int reminderDays) {
		actor.requireRole(Role.ADMIN);
		if (fatigueDays < 0 || fatigueDays > MAX_DAYS || reminderDays < 1 || reminderDays > MAX_DAYS) {
			throw Problem.invalid("invitation-rules", MAX_DAYS);
		}
		int updated = jdbc.sql("UPDATE invitation_rules SET fatigue_days = ?, reminder_days = ? WHERE workspace_id = ?")
			.params(fatigueDays, reminderDays, actor.workspace().value()).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO invitation_rules (workspace_id, fatigue_days, reminder_days) VALUES (?, ?, ?)")
				.params(actor.workspace().value(), fatigueDays, reminderDays).update();
		}
		return new Rules(fatigueDays, reminderDays);
	}
}
