package io.tanggap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The staff pages as people use them: inviting, joining, roles, languages, and what protects them. */
abstract class WebJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BranchDirectory branches;

	@Autowired
	JdbcClient jdbc;

	Fixtures.TestWorkspace workspace;
	MockHttpSession owner;

	@BeforeEach
	void signedInOwner() throws Exception {
		workspace = fixtures.workspace();
		owner = Fixtures.signIn(mvc, workspace.ownerEmail(), Fixtures.PASSWORD);
	}

	@Test
	void invitesAColleagueWhoJoinsAndSignsIn() throws Exception {
		String email = "budi-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		var result = mvc.perform(post("/settings/team/invitations").with(csrf()).session(owner)
			.param("email", email).param("role", "AGENT"))
			.andExpect(redirectedUrl("/settings/team")).andExpect(flash().attributeExists("issued")).andReturn();
		String link = ((Team.IssuedInvitation) result.getFlashMap().get("issued")).link();
		String path = link.substring(link.indexOf("/invitations/"));

		mvc.perform(post("/settings/team/invitations").with(csrf()).session(owner).param("email", email)
			.param("role", "AGENT")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sudah ada undangan terbuka")));

		mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString(email)));
		mvc.perform(post(path).with(csrf()).param("displayName", "Budi").param("password", "kopi-susu-gula-aren")
			.param("passwordConfirmation", "kopi-susu-gula-aren")).andExpect(redirectedUrl("/login"));
		mvc.perform(get(path)).andExpect(status().isGone());

		MockHttpSession budi = Fixtures.signIn(mvc, email, "kopi-susu-gula-aren");
		mvc.perform(get("/").session(budi)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Halo, Budi!")))
			.andExpect(content().string(not(containsString("/settings/team"))));
		mvc.perform(get("/settings/team").session(budi)).andExpect(status().isForbidden());
	}

	@Test
	void refusesAnExpiredInvitation() throws Exception {
		var result = mvc.perform(post("/settings/team/invitations").with(csrf()).session(owner)
			.param("email", "late-" + UUID.randomUUID() + "@example.com").param("role", "VIEWER")).andReturn();
		String link = ((Team.IssuedInvitation) result.getFlashMap().get("issued")).link();
		jdbc.sql("UPDATE invitation SET expires_at = ? WHERE token_hash = ?")
			.params(Instant.now().minusSeconds(60).atOffset(java.time.ZoneOffset.UTC),
					Secrets.sha256(link.substring(link.lastIndexOf('/') + 1)))
			.update();
		mvc.perform(get(link.substring(link.indexOf("/invitations/")))).andExpect(status().isGone())
			.andExpect(content().string(containsString("kedaluwarsa")));
		mvc.perform(get("/invitations/no-such-token")).andExpect(status().isNotFound());
	}

	@Test
	void protectsFormsAgainstCrossSiteRequests() throws Exception {
		mvc.perform(post("/settings/branches").session(owner).param("name", "Depok").param("city", "Depok"))
			.andExpect(status().isForbidden());
		assertThat(branches.all(workspace.id())).isEmpty();
	}

	@Test
	void sendsSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void throttlesSignInAfterRepeatedFailures() throws Exception {
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(post("/login").with(csrf()).with(from("10.0.0.7")).param("email", workspace.ownerEmail())
				.param("password", "wrong-" + attempt)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(post("/login").with(csrf()).with(from("10.0.0.8")).param("email", workspace.ownerEmail())
			.param("password", Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(get("/login?throttled")).andExpect(content().string(containsString("Terlalu banyak percobaan")));
	}

	@Test
	void appliesARoleChangeToAnOpenSession() throws Exception {
		Actor admin = fixtures.member(workspace, Role.ADMIN);
		MockHttpSession session = Fixtures.signIn(mvc, admin.name(), Fixtures.PASSWORD);
		mvc.perform(get("/settings/branches").session(session)).andExpect(status().isOk());
		mvc.perform(post("/settings/team/members/" + admin.userId().orElseThrow() + "/role").with(csrf())
			.session(owner).param("role", "VIEWER")).andExpect(redirectedUrl("/settings/team"));
		mvc.perform(get("/settings/branches").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/settings/team/members/" + admin.userId().orElseThrow() + "/remove").with(csrf())
			.session(owner)).andExpect(redirectedUrl("/settings/team"));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void showsAnotherWorkspacesBranchAsNotFound() throws Exception {
		Fixtures.TestWorkspace other = fixtures.workspace();
		UUID theirs = branches.add(other.owner(), "Surabaya", "Surabaya", null).id();
		mvc.perform(get("/settings/branches/" + theirs).session(owner)).andExpect(status().isNotFound());
		mvc.perform(post("/settings/branches/" + theirs + "/remove").with(csrf()).session(owner))
			.andExpect(status().isNotFound());
		assertThat(branches.find(other.id(), theirs)).isPresent();
	}

	@Test
	void managesBranchesWithClearMessages() throws Exception {
		mvc.perform(post("/settings/branches").with(csrf()).session(owner).param("name", "Braga")
			.param("city", "Bandung")).andExpect(redirectedUrl("/settings/branches"));
		mvc.perform(post("/settings/branches").with(csrf()).session(owner).param("name", "braga")
			.param("city", "Bandung")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Cabang bernama braga sudah ada.")));
		mvc.perform(post("/settings/branches").with(csrf()).session(owner).param("name", "<script>alert(1)</script>")
			.param("city", "Bandung")).andExpect(redirectedUrl("/settings/branches"));
		mvc.perform(get("/settings/branches").session(owner))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		assertThat(branches.all(workspace.id())).hasSize(2);
	}

	@Test
	void speaksEachPersonsLanguage() throws Exception {
		mvc.perform(post("/account/profile").with(csrf()).session(owner).param("displayName", "Ani")
			.param("language", "en")).andExpect(redirectedUrl("/account"))
			.andExpect(cookie().value("TANGGAP_LANG", "en"));
		MockHttpSession again = Fixtures.signIn(mvc, workspace.ownerEmail(), Fixtures.PASSWORD);
		var signIn = mvc.perform(post("/login").with(csrf()).param("email", workspace.ownerEmail())
			.param("password", Fixtures.PASSWORD)).andReturn();
		assertThat(signIn.getResponse().getCookie("TANGGAP_LANG").getValue()).isEqualTo("en");
		mvc.perform(get("/").session(again).cookie(signIn.getResponse().getCookie("TANGGAP_LANG")))
			.andExpect(content().string(containsString("Hello, Ani!")));
	}

	@Test
	void changesOwnPasswordOnlyWithTheCurrentOne() throws Exception {
		mvc.perform(get("/account").session(owner)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ganti kata sandi")));
		mvc.perform(post("/account/password").with(csrf()).session(owner).param("currentPassword", "tebakan-salah-1")
			.param("password", "kata-sandi-baru-1").param("passwordConfirmation", "kata-sandi-baru-1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Kata sandi sekarang salah.")));
		mvc.perform(post("/account/password").with(csrf()).session(owner).param("currentPassword", Fixtures.PASSWORD)
			.param("password", "kata-sandi-baru-1").param("passwordConfirmation", "kata-sandi-baru-1"))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(post("/login").with(csrf()).param("email", workspace.ownerEmail())
			.param("password", Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").with(csrf()).param("email", workspace.ownerEmail())
			.param("password", "kata-sandi-baru-1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void createsAnApiKeyShownOnce() throws Exception {
		mvc.perform(post("/settings/api-keys").with(csrf()).session(owner).param("name", "kasir").param("role", "AGENT"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("value=\"tg_")));
		mvc.perform(get("/settings/api-keys").session(owner)).andExpect(status().isOk())
			.andExpect(content().string(containsString("kasir")))
			.andExpect(content().string(not(containsString("value=\"tg_"))));
	}

	@Test
	void showsTheAuditLogToOwnersOnly() throws Exception {
		mvc.perform(get("/settings/audit").session(owner)).andExpect(status().isOk())
			.andExpect(content().string(containsString("workspace.created")));
		Actor admin = fixtures.member(workspace, Role.ADMIN);
		MockHttpSession session = Fixtures.signIn(mvc, admin.name(), Fixtures.PASSWORD);
		mvc.perform(get("/settings/audit").session(session)).andExpect(status().isForbidden());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
