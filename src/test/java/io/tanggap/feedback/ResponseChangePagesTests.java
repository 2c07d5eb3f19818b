package io.tanggap.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import io.tanggap.identity.Role;
import jakarta.servlet.http.Cookie;

/** Admins correct where a response came from and delete it on its page; nobody else sees or may. */
abstract class ResponseChangePagesTests extends ResponseFixtures {

	@Autowired
	Responses responses;

	@Autowired
	JdbcClient jdbc;

	@Test
	void correctsWhereAResponseCameFromAndShowsIt() throws Exception {
		UUID braga = branches.add(owner, "Braga", "Bandung", null).id();
		mvc.perform(get("/responses/" + early).session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Koreksi asal tanggapan")))
			.andExpect(content().string(containsString("action=\"/responses/" + early + "/origin\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("<option value=\"" + braga + "\">Braga</option>")))
			.andExpect(content().string(containsString("Tanpa cabang")))
			.andExpect(content().string(not(containsString("value=\"IMPORT\""))));
		mvc.perform(post("/responses/" + early + "/origin").session(session).param("channel", "QR"))
			.andExpect(status().isForbidden());
		correct(early, "QR", braga.toString(), " meja 4 ").andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/responses/" + early)).andExpect(flash().attribute("done", "response.corrected"));
		SurveyResponse corrected = stored(early);
		assertThat(corrected.channel()).isEqualTo(Channel.QR);
		assertThat(corrected.branch()).isEqualTo(braga);
		assertThat(corrected.touchpoint()).isEqualTo("meja 4");
		mvc.perform(get("/responses/" + early).session(session).flashAttr("done", "response.corrected"))
			.andExpect(content().string(containsString("Asal tanggapan telah dikoreksi.")))
			.andExpect(content().string(containsString("<td>Braga</td>")))
			.andExpect(content().string(containsString("<td>meja 4</td>")));
		correct(early, "LINK", "", "").andExpect(status().is3xxRedirection());
		assertThat(stored(early).branch()).isNull();
		assertThat(stored(early).touchpoint()).isNull();
	}

	@Test
	void showsAMistakeOnTheFormAndStoresNothing() throws Exception {
		correct(late, "QR", UUID.randomUUID().toString(), "meja 9").andExpect(status().isOk())
			.andExpect(content().string(containsString("tidak ada di ruang kerja ini")))
			.andExpect(content().string(containsString("value=\"meja 9\"")));
		correct(late, "QR", sudirman.toString(), "x".repeat(101)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Terlalu panjang (maksimal 100 karakter).")));
		correct(late, "IMPORT", sudirman.toString(), "kasir").andExpect(status().isOk())
			.andExpect(content().string(containsString("Kanal IMPORT hanya untuk impor berkas.")));
		correct(late, "", sudirman.toString(), "kasir").andExpect(status().isOk())
			.andExpect(content().string(containsString("Wajib diisi.")));
		mvc.perform(post("/responses/" + late + "/origin").with(csrf()).session(session)
			.cookie(new Cookie("TANGGAP_LANG", "en")).param("channel", "QR").param("branchId", UUID.randomUUID().toString()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("is not in this workspace.")));
		SurveyResponse unchanged = stored(late);
		assertThat(unchanged.channel()).isEqualTo(Channel.QR);
		assertThat(unchanged.branch()).isEqualTo(sudirman);
		assertThat(unchanged.touchpoint()).isEqualTo("kasir");
	}

	@Test
	void deletesAResponseWithItsAnswersAfterConfirming() throws Exception {
		mvc.perform(get("/responses/" + late).session(session))
			.andExpect(content().string(containsString("href=\"/responses/" + late + "/delete\"")));
		mvc.perform(get("/responses/" + late + "/delete").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Hapus tanggapan ini?")))
			.andExpect(content().string(containsString("Tindakan ini tidak dapat dibatalkan.")))
			.andExpect(content().string(containsString("action=\"/responses/" + late + "/delete\"")));
		assertThat(answers(late)).isEqualTo(3);
		mvc.perform(post("/responses/" + late + "/delete").with(csrf()).session(session))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/responses"))
			.andExpect(flash().attribute("done", "response.deleted"));
		assertThat(responses.find(owner.workspace(), id(late))).isEmpty();
		assertThat(answers(late)).isZero();
		mvc.perform(get("/responses/" + late).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/responses").session(session).flashAttr("done", "response.deleted"))
			.andExpect(content().string(containsString("Tanggapan telah dihapus.")))
			.andExpect(content().string(containsString("3 tanggapan")));
		mvc.perform(post("/responses/" + late + "/delete").with(csrf()).session(session))
			.andExpect(status().isNotFound());
	}

	@Test
	void showsTheChangesToAdminsOnly() throws Exception {
		mvc.perform(get("/responses/" + late).session(member(Role.ADMIN)))
			.andExpect(content().string(containsString("Koreksi asal tanggapan")))
			.andExpect(content().string(containsString("Hapus tanggapan")));
		for (Role role : List.of(Role.AGENT, Role.VIEWER)) {
			MockHttpSession member = member(role);
			mvc.perform(get("/responses/" + late).session(member)).andExpect(status().isOk())
				.andExpect(content().string(containsString("kasir")))
				.andExpect(content().string(not(containsString("Koreksi asal tanggapan"))))
				.andExpect(content().string(not(containsString("/origin"))))
				.andExpect(content().string(not(containsString("Hapus tanggapan"))));
			mvc.perform(post("/responses/" + late + "/origin").with(csrf()).session(member).param("channel", "LINK"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/responses/" + late + "/origin").with(csrf()).session(member).param("channel", "IMPORT")
				.param("touchpoint", "x".repeat(101))).andExpect(status().isForbidden());
			mvc.perform(get("/responses/" + late + "/delete").session(member)).andExpect(status().isForbidden());
			mvc.perform(post("/responses/" + late + "/delete").with(csrf()).session(member))
				.andExpect(status().isForbidden());
		}
		assertThat(stored(late).channel()).isEqualTo(Channel.QR);
		assertThat(answers(late)).isEqualTo(3);
	}

	private ResultActions correct(String response, String channel, String branch, String touchpoint) throws Exception {
		return mvc.perform(post("/responses/" + response + "/origin").with(csrf()).session(session)
			.param("channel", channel).param("branchId", branch).param("touchpoint", touchpoint));
	}

	private SurveyResponse stored(String response) {
		return responses.find(owner.workspace(), id(response)).orElseThrow();
	}

	private long answers(String response) {
		return jdbc.sql("SELECT COUNT(*) FROM answer WHERE response_id = ?").param(UUID.fromString(response))
			.query(Long.class).single();
	}

	private static ResponseId id(String response) {
		return new ResponseId(UUID.fromString(response));
	}

	private MockHttpSession member(Role role) throws Exception {
		String email = role.key() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(owner, email, role).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Rekan", PASSWORD);
		return signIn(email);
	}
}
