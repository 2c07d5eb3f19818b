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
		assertThat(demo.createIfAbsent()).isEmpty();
		assertThat(DemoBusiness.describe(accounts)).contains("sari@kopinusantara.example");
	}
}
