package io.tanggap.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.tanggap.identity.Branch;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.Role;
import io.tanggap.identity.WorkspaceSetup;

/** The demo café chain: created once, with three branches and staff who can all sign in. */
abstract class DemoBusinessTests {

	@Autowired
	DemoBusiness demo;

	@Autowired
	WorkspaceSetup setup;

	@Autowired
	BranchDirectory branches;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void createsTheCafeChainOnceWithStaffWhoCanSignIn() throws Exception {
		List<DemoBusiness.Account> accounts = demo.createIfAbsent().orElseThrow();
		var workspace = setup.findByName("Kopi Nusantara").orElseThrow();
		assertThat(workspace.timeZone().getId()).isEqualTo("Asia/Jakarta");
		assertThat(branches.all(workspace.id())).extracting(Branch::city)
			.containsExactlyInAnyOrder("Jakarta", "Bandung", "Surabaya");
		assertThat(accounts).extracting(DemoBusiness.Account::role)
			.contains(Role.OWNER, Role.ADMIN, Role.AGENT, Role.VIEWER);
		assertThat(accounts).extracting(DemoBusiness.Account::password).doesNotHaveDuplicates()
			.allSatisfy(password -> assertThat(password).hasSizeGreaterThanOrEqualTo(20));
		for (DemoBusiness.Account account : accounts) {
			mvc.perform(post("/login").with(csrf()).param("email", account.email()).param("password",
					account.password())).andExpect(redirectedUrl("/"));
		}
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT survey_id) FROM survey_response WHERE workspace_id = ?")
			.param(workspace.id().value()).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT DISTINCT channel FROM survey_response WHERE workspace_id = ?")
			.param(workspace.id().value()).query(String.class).list()).contains("QR", "WHATSAPP", "LINK", "EMAIL");
		var oldest = jdbc.sql("SELECT MIN(submitted_at) FROM survey_response WHERE workspace_id = ?")
			.param(workspace.id().value()).query(java.time.OffsetDateTime.class).single();
		assertThat(oldest.toInstant()).isBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(500)));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM answer a JOIN survey_response r ON r.id = a.response_id WHERE r.workspace_id = ? AND a.text_value LIKE '%lama%'")
			.param(workspace.id().value()).query(Long.class).single()).isPositive();
		// Its comments are read through the normal flow, after the demo's transaction commits.
		long comments = jdbc.sql("SELECT COUNT(*) FROM answer a JOIN survey_response r ON r.id = a.response_id"
				+ " WHERE r.workspace_id = ? AND a.type = 'TEXT'").param(workspace.id().value()).query(Long.class).single();
		assertThat(comments).isPositive();
		org.awaitility.Awaitility.await("demo comments read").atMost(java.time.Duration.ofSeconds(120))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM comment_analysis WHERE workspace_id = ?")
				.param(workspace.id().value()).query(Long.class).single() == comments);
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT sentiment) FROM comment_analysis WHERE workspace_id = ?")
			.param(workspace.id().value()).query(Long.class).single()).isGreaterThan(1);
		assertThat(demo.createIfAbsent()).isEmpty();
		assertThat(DemoBusiness.describe(accounts)).contains("sari@kopinusantara.example");
	}
}
