package io.tanggap.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Optional;
import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.tanggap.shared.WorkspaceId;

/**
 * Creates workspaces, people and keys through the real services, each with unique names, so tests
 * sharing one application context never see each other's data.
 */
@Component
@ConditionalOnProperty(name = "tanggap.test-fixtures", matchIfMissing = true) // off in benchmarks
class Fixtures {

	static final String PASSWORD = "kata-sandi-panjang-1";

	/** A workspace with its owner and an owner's API key. */
	record TestWorkspace(WorkspaceId id, String name, String ownerEmail, Actor owner, String ownerKey) {
	}

	private final WorkspaceSetup setup;
	private final Team team;
	private final ApiKeyManagement keys;
	private final Users users;
	private final ApiKeys apiKeys;

	Fixtures(WorkspaceSetup setup, Team team, ApiKeyManagement keys, Users users, ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
		this.setup = setup;
		this.team = team;
		this.keys = keys;
		this.users = users;
	}

	TestWorkspace workspace() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "owner-" + suffix + "@example.com";
		WorkspaceId id = setup.create(new NewWorkspace("Kopi " + suffix, "Owner " + suffix, email, PASSWORD, null,
				null, null), "test");
		Actor owner = users.findByEmail(email).orElseThrow().actor();
		String key = keys.create(owner, "owner key", Role.OWNER).key();
		return new TestWorkspace(id, "Kopi " + suffix, email, owner, key);
	}

	/** A member with {@code role} who joined by invitation and signs in with {@link #PASSWORD}. */
	Actor member(TestWorkspace workspace, Role role) {
		String email = role.key() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(workspace.owner(), email, role).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Member " + role.key(), PASSWORD);
		return users.findByEmail(email).orElseThrow().actor();
	}

	String key(TestWorkspace workspace, Role role) {
		return keys.create(workspace.owner(), role.key() + " key", role).key();
	}

	java.util.List<ApiKeyManagement.KeySummary> keys(Actor actor) {
		return keys.list(actor);
	}

	java.util.List<String> storedKeyHashes(WorkspaceId workspace) {
		return apiKeys.all(workspace).stream().map(ApiKey::secretHash).toList();
	}

	Optional<User> user(String email) {
		return users.findByEmail(email);
	}

	/** Signs in through the real form and returns the session. */
	static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}
}
