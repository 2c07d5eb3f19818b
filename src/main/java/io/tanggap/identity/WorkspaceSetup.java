package io.tanggap.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/**
 * Creating workspaces: the first-run page, the headless {@code bootstrap} command and the demo.
 * No account ever has a default password: the owner chooses one, or gets an invitation link.
 */
@Service
public class WorkspaceSetup {

	private final Workspaces workspaces;
	private final Users users;
	private final Passwords passwords;
	private final AuditLog audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	WorkspaceSetup(Workspaces workspaces, Users users, Passwords passwords, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.workspaces = workspaces;
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** @return whether first-run setup has happened, i.e. any workspace exists */
	@Transactional(readOnly = true)
	public boolean done() {
		return workspaces.any();
	}

	/**
	 * First-run setup: only while no workspace exists. Two people submitting it at the same moment
	 * (even on two nodes) cannot both succeed: the {@code first_run} row can be written only once.
	 */
	@Transactional
	public WorkspaceId firstRun(NewWorkspace request) {
		if (workspaces.any() || !workspaces.markFirstRun(clock.instant())) {
			throw Problem.conflict("setup-done");
		}
		return create(request, "setup");
	}

	/**
	 * Creates a workspace with its owner, who signs in with {@code request.password()}.
	 * @param how {@code setup}, {@code bootstrap} or {@code demo}, for the audit log
	 */
	@Transactional
	public WorkspaceId create(NewWorkspace request, String how) {
		Workspace workspace = newWorkspace(request.workspaceName(), request.timeZone(), request.currency(),
				request.language());
		String email = EmailAddresses.normalise(request.ownerEmail());
		String displayName = Names.person(request.ownerName());
		if (users.findByEmail(email).isPresent()) {
			throw Problem.conflict("email-taken", email);
		}
		String hash = passwords.hash(request.password());
		workspaces.insert(workspace);
		users.insert(new User(UUID.randomUUID(), workspace.id(), email, displayName, hash, Role.OWNER,
				workspace.language(), clock.instant()));
		audit.record(workspace.id(), email, "workspace.created", how + ": " + workspace.name());
		events.publishEvent(new WorkspaceCreated(workspace.id(), workspace.name(), how));
		return workspace.id();
	}

	/** Creates a workspace without any user yet (bootstrap without a password). */
	@Transactional
	public WorkspaceId createEmpty(String name, String timeZone, String currency, String language, String how) {
		Workspace workspace = newWorkspace(name, timeZone, currency, language);
		workspaces.insert(workspace);
		audit.record(workspace.id(), how, "workspace.created", how + ": " + workspace.name());
		events.publishEvent(new WorkspaceCreated(workspace.id(), workspace.name(), how));
		return workspace.id();
	}

	@Transactional(readOnly = true)
	public Optional<Workspace> find(WorkspaceId id) {
		return workspaces.find(id);
	}

	@Transactional(readOnly = true)
	public Optional<Workspace> findByName(String name) {
		return workspaces.findByName(name);
	}

	/** Changes a workspace's name, time zone, currency and default language (admins and owners). */
	@Transactional
	public Workspace change(Actor actor, String name, String timeZone, String currency, String language) {
		actor.requireRole(Role.ADMIN);
		Workspace current = workspaces.find(actor.workspace()).orElseThrow(() -> Problem.notFound("workspace"));
		Workspace changed = current.withSettings(WorkspaceSettings.name(name), WorkspaceSettings.zone(timeZone),
				WorkspaceSettings.currency(currency), Languages.of(language));
		ensureNameFree(changed.name(), changed.id());
		workspaces.update(changed);
		if (!changed.timeZone().equals(current.timeZone())) {
			events.publishEvent(new WorkspaceTimeZoneChanged(changed.id(), current.timeZone(), changed.timeZone()));
		}
		audit.record(actor, "workspace.changed", changed.name() + ", " + changed.timeZone() + ", "
				+ changed.currency() + ", " + changed.language());
		return changed;
	}

	private Workspace newWorkspace(String name, String timeZone, String currency, String language) {
		Workspace workspace = new Workspace(WorkspaceId.random(), WorkspaceSettings.name(name),
				WorkspaceSettings.zone(timeZone), WorkspaceSettings.currency(currency), Languages.of(language),
				clock.instant());
		ensureNameFree(workspace.name(), workspace.id());
		return workspace;
	}

	private void ensureNameFree(String name, WorkspaceId self) {
		workspaces.findByName(name).filter(other -> !other.id().equals(self)).ifPresent(other -> {
			throw Problem.conflict("workspace-name-taken", name);
		});
	}
}
