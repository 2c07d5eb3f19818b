package io.tanggap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A new installation as its first user meets it: the first-run page in Bahasa Indonesia, its
 * checks, then sign-in. Runs on a database of its own, since it needs one without any workspace.
 */
abstract class FirstRunTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void setsUpTheFirstWorkspaceOnceAndSignsTheOwnerIn() throws Exception {
		mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
		mvc.perform(get("/setup")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Selamat datang di Tanggap")))
			.andExpect(content().string(containsString("lang=\"id\"")));
		mvc.perform(get("/setup").param("lang", "en"))
			.andExpect(content().string(containsString("Welcome to Tanggap")));

		mvc.perform(setup("Kopi Nusantara", "not-an-address", "short", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bukan alamat e-mail yang benar.")))
			.andExpect(content().string(containsString("Kata sandi harus 10 sampai 72 karakter.")));
		mvc.perform(setup("Kopi Nusantara", "ani@example.com", "rahasia-panjang-1", "rahasia-panjang-2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kedua kata sandi tidak sama.")));
		mvc.perform(setup("", "ani@example.com", "rahasia-panjang-1", "rahasia-panjang-1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Wajib diisi.")));
		assertThat(count("workspace")).isZero();
		assertThat(count("app_user")).isZero();

		mvc.perform(setup("Kopi Nusantara", "Ani@Example.com", "rahasia-panjang-1", "rahasia-panjang-1"))
			.andExpect(redirectedUrl("/login"));
		assertThat(count("workspace")).isEqualTo(1);

		mvc.perform(get("/setup")).andExpect(redirectedUrl("/login"));
		mvc.perform(setup("Second", "eve@example.com", "rahasia-panjang-1", "rahasia-panjang-1"))
			.andExpect(redirectedUrl("/login"));
		assertThat(count("workspace")).isEqualTo(1);

		mvc.perform(post("/login").with(csrf()).param("email", "ani@example.com").param("password", "wrong-password"))
			.andExpect(redirectedUrl("/login?error"));
		MockHttpSession session = Fixtures.signIn(mvc, "ani@example.com", "rahasia-panjang-1");
		mvc.perform(get("/").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi Nusantara")))
			.andExpect(content().string(containsString("Halo, Ani!")));
		mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?signedOut"));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.sql("SELECT action FROM audit_entry ORDER BY occurred_at").query(String.class).list())
			.containsSubsequence("workspace.created", "sign-in.failed", "sign-in", "sign-out");
	}

	private MockHttpServletRequestBuilder setup(String workspace, String email, String password,
			String confirmation) {
		return post("/setup").with(csrf()).param("workspaceName", workspace).param("ownerName", "Ani")
			.param("ownerEmail", email).param("password", password).param("passwordConfirmation", confirmation)
			.param("timeZone", "Asia/Jakarta").param("currency", "IDR").param("language", "id");
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}
}
