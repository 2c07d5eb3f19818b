package io.tanggap.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.shared.Problem;

/**
 * The people of a workspace: invitations by link, accepting them, roles, removal. Only owners grant
 * or take away the owner role, and a workspace always keeps at least one owner.
 */
@Service
public class Team {

	/** An invitation just issued, with the only copy of its link. */
	public record IssuedInvitation(UUID id, String email, Role role, Instant expiresAt, String link) {
	}

	/** A team member as others see them. */
	public record Member(UUID id, String email, String displayName, Role role, String language, Instant joinedAt) {
	}

	/** An invitation as the team page and the API show it. */
	public record PendingInvitation(UUID id, String email, Role role, String invitedBy, Instant createdAt,
			Instant expiresAt, String status) {
	}

	private final Users users;
	private final Invitations invitations;
	private final Passwords passwords;
	private final AuditLog audit;
	private final IdentitySettings settings;
	private final Clock clock;

	Team(Users users, Invitations invitations, Passwords passwords, AuditLog audit, IdentitySettings settings,
			Clock clock) {
		this.users = users;
		this.invitations = invitations;
		this.passwords = passwords;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Member> members(Actor actor) {
		return users.all(actor.workspace()).stream().map(Team::member).toList();
	}

	@Transactional(readOnly = true)
	public Member member(Actor actor, UUID id) {
		return users.find(actor.workspace(), id).map(Team::member).orElseThrow(() -> Problem.notFound("user"));
	}

	@Transactional(readOnly = true)
	public List<PendingInvitation> invitations(Actor actor) {
		Instant now = clock.instant();
		return invitations.all(actor.workspace()).stream().map(i -> pending(i, now)).toList();
	}

	@Transactional(readOnly = true)
	public PendingInvitation invitation(Actor actor, UUID id) {
		return invitations.find(actor.workspace(), id).map(i -> pending(i, clock.instant()))
				.orElseThrow(() -> Problem.notFound("invitation"));
	}

	@Transactional
	public IssuedInvitation invite(Actor actor, String email, Role role) {
		actor.requireRole(Role.ADMIN);
		if (role == null) {
			throw Problem.invalid("required", "role");
		}
		if (role == Role.OWNER) {
			actor.requireRole(Role.OWNER);
		}
		return issue(actor, email, role);
	}

	/**
	 * Invites the first owner of a workspace that has no user yet (the {@code bootstrap} command
	 * without a password): the owner chooses a password through the link.
	 */
	@Transactional
	IssuedInvitation inviteFirstOwner(io.tanggap.shared.WorkspaceId workspace, String email) {
		if (!users.all(workspace).isEmpty()) {
			throw Problem.conflict("setup-done");
		}
		return issue(new Actor(workspace, Role.OWNER, "bootstrap", java.util.Optional.empty()), email, Role.OWNER);
	}

	private IssuedInvitation issue(Actor actor, String email, Role role) {
		String address = EmailAddresses.normalise(email);
		Instant now = clock.instant();
		if (users.findByEmail(address).isPresent()) {
			throw Problem.conflict("email-taken", address);
		}
		if (invitations.openFor(actor.workspace(), address, now)) {
			throw Problem.conflict("invitation-duplicate", address);
		}
		String token = Secrets.token(32);
		Invitation invitation = new Invitation(UUID.randomUUID(), actor.workspace(), address, role,
				Secrets.sha256(token), actor.name(), now, now.plus(settings.invitationValidity()), null, null);
		invitations.insert(invitation);
		audit.record(actor, "invitation.created", address + " as " + role.key());
		return new IssuedInvitation(invitation.id(), address, role, invitation.expiresAt(), link(token));
	}

	@Transactional
	public void revokeInvitation(Actor actor, UUID id) {
		actor.requireRole(Role.ADMIN);
		Invitation invitation = invitations.find(actor.workspace(), id)
				.orElseThrow(() -> Problem.notFound("invitation"));
		if (!invitations.markRevoked(actor.workspace(), id, clock.instant())) {
			throw Problem.conflict("invitation-closed", invitation.email());
		}
		audit.record(actor, "invitation.revoked", invitation.email());
	}

	/** @return the invitation a link stands for, if it can still be accepted */
	@Transactional(readOnly = true)
	public PendingInvitation openInvitation(String token) {
		Invitation invitation = usable(token);
		return pending(invitation, clock.instant());
	}

	/** Accepts an invitation: creates the user with the password they chose. */
	@Transactional
	public Member accept(String token, String displayName, String password) {
		Invitation invitation = usable(token);
		if (users.findByEmail(invitation.email()).isPresent()) {
			throw Problem.conflict("email-taken", invitation.email());
		}
		String name = Names.person(displayName);
		String hash = passwords.hash(password);
		if (!invitations.markAccepted(invitation.id(), clock.instant())) {
			throw Problem.gone("invitation-used");
		}
		User user = new User(UUID.randomUUID(), invitation.workspace(), invitation.email(), name, hash,
				invitation.role(), Languages.DEFAULT, clock.instant());
		users.insert(user);
		audit.record(invitation.workspace(), user.email(), "invitation.accepted", "as " + user.role().key());
		return member(user);
	}

	@Transactional
	public Member changeRole(Actor actor, UUID userId, Role role) {
		actor.requireRole(Role.ADMIN);
		if (role == null) {
			throw Problem.invalid("required", "role");
		}
		User user = users.find(actor.workspace(), userId).orElseThrow(() -> Problem.notFound("user"));
		if (role == Role.OWNER || user.role() == Role.OWNER) {
			actor.requireRole(Role.OWNER);
		}
		if (user.role() == Role.OWNER && role != Role.OWNER) {
			keepAnOwner(actor, user);
		}
		users.changeRole(actor.workspace(), userId, role);
		audit.record(actor, "user.role-changed", user.email() + ": " + user.role().key() + " -> " + role.key());
		return member(users.find(actor.workspace(), userId).orElseThrow());
	}

	@Transactional
	public void remove(Actor actor, UUID userId) {
		actor.requireRole(Role.ADMIN);
		User user = users.find(actor.workspace(), userId).orElseThrow(() -> Problem.notFound("user"));
		if (actor.userId().filter(userId::equals).isPresent()) {
			throw Problem.conflict("cannot-remove-self");
		}
		if (user.role() == Role.OWNER) {
			actor.requireRole(Role.OWNER);
			keepAnOwner(actor, user);
		}
		users.delete(actor.workspace(), userId);
		audit.record(actor, "user.removed", user.email());
	}

	/** Changes the caller's own password after checking the current one. */
	@Transactional
	public void changePassword(Actor actor, String current, String replacement) {
		User user = self(actor);
		if (!passwords.matches(current, user.passwordHash())) {
			throw Problem.invalid("password-wrong");
		}
		users.changePassword(actor.workspace(), user.id(), passwords.hash(replacement));
		audit.record(actor, "user.password-changed", user.email());
	}

	/** Changes the caller's own display name and interface language. */
	@Transactional
	public Member changeProfile(Actor actor, String displayName, String language) {
		User user = self(actor);
		users.changeProfile(actor.workspace(), user.id(), Names.person(displayName), Languages.of(language));
		return member(users.find(actor.workspace(), user.id()).orElseThrow());
	}

	/** @return the id of a workspace's user, for acting on their behalf in the demo and scripts */
	@Transactional(readOnly = true)
	public java.util.Optional<UUID> userId(io.tanggap.shared.WorkspaceId workspace, String email) {
		return users.findByEmail(email).filter(u -> u.workspace().equals(workspace)).map(User::id);
	}

	/** @return the caller's own account */
	@Transactional(readOnly = true)
	public Member profile(Actor actor) {
		return member(self(actor));
	}

	private User self(Actor actor) {
		UUID id = actor.userId().orElseThrow(() -> Problem.forbidden("users-only"));
		return users.find(actor.workspace(), id).orElseThrow(() -> Problem.notFound("user"));
	}

	private void keepAnOwner(Actor actor, User owner) {
		if (users.countWithRole(actor.workspace(), Role.OWNER) <= 1) {
			throw Problem.conflict("last-owner", owner.email());
		}
	}

	private Invitation usable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			throw Problem.notFound("invitation");
		}
		Invitation invitation = invitations.findByTokenHash(Secrets.sha256(token))
				.orElseThrow(() -> Problem.notFound("invitation"));
		return switch (invitation.status(clock.instant())) {
			case OPEN -> invitation;
			case EXPIRED -> throw Problem.gone("invitation-expired");
			case ACCEPTED, REVOKED -> throw Problem.gone("invitation-used");
		};
	}

	private String link(String token) {
		return settings.publicUrl() + "/invitations/" + token;
	}

	private static Member member(User u) {
		return new Member(u.id(), u.email(), u.displayName(), u.role(), u.language(), u.createdAt());
	}

	private static PendingInvitation pending(Invitation i, Instant now) {
		return new PendingInvitation(i.id(), i.email(), i.role(), i.invitedBy(), i.createdAt(), i.expiresAt(),
				i.status(now).name().toLowerCase(java.util.Locale.ROOT));
	}
}
