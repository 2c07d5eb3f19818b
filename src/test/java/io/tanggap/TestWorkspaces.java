package io.tanggap;

import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import io.tanggap.identity.Actor;
import io.tanggap.identity.ApiKeyManagement;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.Role;
import io.tanggap.identity.Team;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;

/**
 * Creates a workspace of its own for a test, through the real services: a unique name, an owner
 * who signs in with {@link #PASSWORD}, and an owner's API key. Tests sharing one application
 * context thereby never see each other's data.
 */
@Component
@ConditionalOnProperty(name = "tanggap.test-fixtures", matchIfMissing = true) // off in benchmarks
public class TestWorkspaces {

	public static final String PASSWORD = "kata-sandi-panjang-1";

	/** A new workspace, its owner (as the services see them) and an API key with the owner's role. */
	public record TestWorkspace(WorkspaceId id, String name, String ownerEmail, Actor owner, String key) {
	}

	private final WorkspaceSetup setup;
	private final ApiKeyManagement keys;
	private final Team team;

	TestWorkspaces(WorkspaceSetup setup, ApiKeyManagement keys, Team team) {
		this.setup = setup;
		this.keys = keys;
		this.team = team;
	}

	public TestWorkspace create() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String name = "Kopi " + suffix;
		String email = "owner-" + suffix + "@example.com";
		WorkspaceId id = setup.create(new NewWorkspace(name, "Owner " + suffix, email, PASSWORD, null, null, null), "test");
		Actor owner = new Actor(id, Role.OWNER, email, Optional.of(team.userId(id, email).orElseThrow()));
		return new TestWorkspace(id, name, email, owner, keys.createForBootstrap(id, "test").key());
	}
}
