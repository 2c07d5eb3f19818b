package io.tanggap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The {@code /api/v1} contract: API keys, roles, workspace isolation and problem details. */
abstract class ApiAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BranchDirectory branches;

	@Autowired
	Team team;

	Fixtures.TestWorkspace a;
	Fixtures.TestWorkspace b;

	@BeforeEach
	void twoWorkspaces() {
		a = fixtures.workspace();
		b = fixtures.workspace();
	}

	@Test
	void keyOfOneWorkspaceGets404ForEveryResourceOfAnother() throws Exception {
		UUID branch = branches.add(b.owner(), "Bandung", "Bandung", null).id();
		UUID user = fixtures.user(b.ownerEmail()).orElseThrow().id();
		UUID invitation = team.invite(b.owner(), "guest-" + UUID.randomUUID() + "@example.com", Role.AGENT).id();
		UUID key = keyIdOf(b);
		List<MockHttpServletRequestBuilder> foreign = List.of(get("/api/v1/branches/" + branch),
				put("/api/v1/branches/" + branch).contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\":\"X\",\"city\":\"Y\"}"),
				delete("/api/v1/branches/" + branch), get("/api/v1/users/" + user),
				put("/api/v1/users/" + user + "/role").contentType(MediaType.APPLICATION_JSON)
					.content("{\"role\":\"VIEWER\"}"),
				delete("/api/v1/users/" + user), get("/api/v1/invitations/" + invitation),
				delete("/api/v1/invitations/" + invitation), get("/api/v1/api-keys/" + key),
				delete("/api/v1/api-keys/" + key));
		for (MockHttpServletRequestBuilder request : foreign) {
			mvc.perform(request.header("Authorization", "Bearer " + a.ownerKey()))
				.andExpect(status().isNotFound())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("/problems/not-found"));
		}
		assertThat(branches.find(b.id(), branch)).isPresent();
		assertThat(fixtures.user(b.ownerEmail())).isPresent();
		assertThat(team.invitation(b.owner(), invitation).status()).isEqualTo("open");
	}

	@Test
	void listsOnlyTheCallersOwnWorkspace() throws Exception {
		branches.add(a.owner(), "Jakarta Selatan", "Jakarta", null);
		branches.add(b.owner(), "Surabaya", "Surabaya", null);
		mvc.perform(get("/api/v1/branches").header("X-API-Key", a.ownerKey()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].name").value("Jakarta Selatan"));
		mvc.perform(get("/api/v1/users").header("X-API-Key", a.ownerKey()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].email").value(a.ownerEmail()));
	}

	@Test
	void refusesMissingWrongAndRevokedKeys() throws Exception {
		mvc.perform(get("/api/v1/branches")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value("/problems/unauthenticated"));
		mvc.perform(get("/api/v1/branches").header("Authorization", "Bearer tg_nope_nope"))
			.andExpect(status().isUnauthorized());
		String key = fixtures.key(a, Role.ADMIN);
		mvc.perform(get("/api/v1/branches").header("Authorization", "Bearer " + key)).andExpect(status().isOk());
		mvc.perform(delete("/api/v1/api-keys/" + keyIdOf(a, "admin key")).header("Authorization", "Bearer " + a.ownerKey()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/branches").header("Authorization", "Bearer " + key))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void rolesLimitWhatAKeyMayDo() throws Exception {
		String viewer = fixtures.key(a, Role.VIEWER);
		String admin = fixtures.key(a, Role.ADMIN);
		mvc.perform(get("/api/v1/branches").header("X-API-Key", viewer)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/branches").header("X-API-Key", viewer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Bogor\",\"city\":\"Bogor\"}")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/forbidden"));
		mvc.perform(get("/api/v1/audit").header("X-API-Key", admin)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").header("X-API-Key", a.ownerKey())).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].action").exists());
		mvc.perform(post("/api/v1/invitations").header("X-API-Key", admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"boss@example.com\",\"role\":\"OWNER\"}")).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/role-required"));
		assertThat(branches.all(a.id())).isEmpty();
	}

	@Test
	void answersBadInputWithProblemDetails() throws Exception {
		String key = a.ownerKey();
		mvc.perform(post("/api/v1/branches").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": ")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/malformed-body"));
		mvc.perform(post("/api/v1/branches").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": 12, \"city\": []}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/branches").header("X-API-Key", key).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"city\":\"" + "x".repeat(101) + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/validation"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Required."));
		mvc.perform(post("/api/v1/branches").header("X-API-Key", key).contentType(MediaType.TEXT_PLAIN)
			.content("name=x")).andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/branches/not-a-uuid").header("X-API-Key", key)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/invitations").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"not-an-address\",\"role\":\"AGENT\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/invitations").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"x@example.com\",\"role\":\"KING\"}")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/v1/workspace").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"X\",\"timeZone\":\"Mars/Olympus\",\"currency\":\"IDR\",\"language\":\"id\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/time-zone-unknown"));
		assertThat(branches.all(a.id())).isEmpty();
	}

	@Test
	void refusesDuplicatesWithConflict() throws Exception {
		String body = "{\"email\":\"dup-" + UUID.randomUUID() + "@example.com\",\"role\":\"AGENT\"}";
		mvc.perform(post("/api/v1/invitations").header("X-API-Key", a.ownerKey())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.link").exists());
		mvc.perform(post("/api/v1/invitations").header("X-API-Key", a.ownerKey())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("/problems/invitation-duplicate"));
		String branch = "{\"name\":\"Kemang\",\"city\":\"Jakarta\"}";
		mvc.perform(post("/api/v1/branches").header("X-API-Key", a.ownerKey())
			.contentType(MediaType.APPLICATION_JSON).content(branch)).andExpect(status().isCreated())
			.andExpect(header().exists("Location"));
		mvc.perform(post("/api/v1/branches").header("X-API-Key", a.ownerKey())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"KEMANG\",\"city\":\"Jakarta\"}")).andExpect(status().isConflict());
	}

	@Test
	void keepsTheLastOwner() throws Exception {
		UUID owner = fixtures.user(a.ownerEmail()).orElseThrow().id();
		mvc.perform(put("/api/v1/users/" + owner + "/role").header("X-API-Key", a.ownerKey())
			.contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"ADMIN\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("/problems/last-owner"));
	}

	@Test
	void showsAKeyOnlyOnceAndStoresOnlyItsHash() throws Exception {
		String created = mvc.perform(post("/api/v1/api-keys").header("X-API-Key", a.ownerKey())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"kasir\",\"role\":\"AGENT\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.key").exists())
			.andReturn().getResponse().getContentAsString();
		String secret = created.replaceAll(".*\"key\":\"tg_[^_]+_([^\"]+)\".*", "$1");
		String listed = mvc.perform(get("/api/v1/api-keys").header("X-API-Key", a.ownerKey()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(listed).contains("kasir").doesNotContain(secret).doesNotContain("\"key\"");
		assertThat(fixtures.storedKeyHashes(a.id())).doesNotContain(secret).contains(Secrets.sha256(secret));
	}

	private UUID keyIdOf(Fixtures.TestWorkspace workspace) {
		return keyIdOf(workspace, "owner key");
	}

	private UUID keyIdOf(Fixtures.TestWorkspace workspace, String name) {
		return fixtures.keys(workspace.owner()).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow()
			.id();
	}
}
