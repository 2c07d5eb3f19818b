package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import io.tanggap.feedback.ResponseId;
import io.tanggap.identity.Role;

/**
 * Admins edit the workspace's themes on the API and the settings page: a theme of their own has the
 * workspace's history read again in the background with its progress shown; a shipped theme is
 * switched off and put back; every mistake is a 422 problem or a message next to its field, with
 * nothing stored; others may only read.
 */
abstract class ThemeEditingTests extends CommentFixtures {

	static final String PARKING = """
			{"key": "parkir_motor", "nameId": "Parkir motor", "nameEn": "Motorbike parking",
			 "keywords": ["parkir motor", "motor", "motorbike"]}""";

	@Test
	void addsAThemeAndReadsTheHistoryAgainForIt() throws Exception {
		ResponseId parked = respond("motor", 4, 2, "tempat parkir motor sempit sekali", Instant.now());
		ResponseId other = respond("enak", 9, 5, "makanannya enak sekali", Instant.now());
		awaitReading(parked, other);
		api(post("/api/v1/themes").contentType(MediaType.APPLICATION_JSON).content(PARKING))
			.andExpect(status().isCreated()).andExpect(header().string("Location", "/api/v1/themes/parkir_motor"))
			.andExpect(jsonPath("$.standard").value(false)).andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.keywords.length()").value(3));
		awaitReadAgain();
		api(get("/api/v1/themes/reanalysis")).andExpect(jsonPath("$.state").value("done"))
			.andExpect(jsonPath("$.revision").value(2)).andExpect(jsonPath("$.done").value(2))
			.andExpect(jsonPath("$.total").value(2));
		assertThat(themes(parked)).contains("parkir_motor");
		assertThat(themes(other)).doesNotContain("parkir_motor");
		assertThat(jdbc.sql("SELECT DISTINCT taxonomy_revision FROM comment_analysis WHERE workspace_id = ?")
			.param(workspace.id().value()).query(Integer.class).list()).containsExactly(2);
		// New comments are read for the new theme as they come.
		ResponseId later = respond("motor-2", 3, 1, "motor saya tidak kebagian tempat", Instant.now());
		awaitReading(later);
		assertThat(themes(later)).contains("parkir_motor");
		assertThat(JsonPath.<List<String>>read(body(get("/api/v1/themes")), "$[*].key")).endsWith("parkir_motor")
			.contains("waiting_time", "staff", "product_quality", "price", "cleanliness", "delivery", "payment",
					"app_website", "facilities", "location_parking", "communication");
	}

	@Test
	void refusesThemesWithMistakesAndStoresNothing() throws Exception {
		Map<String, String> mistakes = Map.of(
				"{\"key\": \"parkir\", \"nameId\": \"Parkir\", \"nameEn\": \"Parking\", \"keywords\": [\"parkir\", \"\"]}", "theme-keyword-empty",
				"{\"key\": \"parkir\", \"nameId\": \"Parkir\", \"nameEn\": \"Parking\", \"keywords\": [\"Parkir\", \"parkir \"]}", "theme-keyword-duplicate",
				"{\"key\": \"parkir\", \"nameId\": \"Parkir\", \"nameEn\": \"Parking\", \"keywords\": []}", "theme-keywords-required",
				"{\"key\": \"staff\", \"nameId\": \"Staf\", \"nameEn\": \"Staff\", \"keywords\": [\"staf\"]}", "theme-key-taken",
				"{\"key\": \"Parkir Motor\", \"nameId\": \"Parkir\", \"nameEn\": \"Parking\", \"keywords\": [\"parkir\"]}", "theme-key",
				"{\"key\": \"parkir\", \"nameId\": \" \", \"nameEn\": \"Parking\", \"keywords\": [\"parkir\"]}", "required",
				"{\"key\": \"parkir\", \"nameId\": \"Parkir\", \"nameEn\": \"Parking\", \"keywords\": [\"" + "p".repeat(61) + "\"]}", "theme-keyword-too-long",
				"{\"key\": \"parkir\", \"nameId\": \"Parkir\", \"nameEn\": \"Parking\", \"keywords\": " + manyKeywords(101) + "}", "theme-keywords-too-many");
		for (var mistake : mistakes.entrySet()) {
			api(post("/api/v1/themes").contentType(MediaType.APPLICATION_JSON).content(mistake.getKey()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("/problems/" + mistake.getValue()));
		}
		api(put("/api/v1/themes/staff").contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameId\": \"Staf\", \"nameEn\": \"Staff\", \"keywords\": [\"ramah\", \"RAMAH\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/theme-keyword-duplicate"))
			.andExpect(jsonPath("$.detail").value("Kata kunci \"ramah\" disebut dua kali."));
		api(put("/api/v1/themes/tidak_ada").contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameId\": \"X\", \"nameEn\": \"X\", \"keywords\": [\"x\"]}")).andExpect(status().isNotFound());
		assertThat(JsonPath.<List<Object>>read(body(get("/api/v1/themes")), "$")).hasSize(11);
		api(get("/api/v1/themes/reanalysis")).andExpect(jsonPath("$.state").value("none"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM text_theme WHERE workspace_id = ?").param(workspace.id().value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void showsMistakesOnThePageNextToTheirFields() throws Exception {
		MockHttpSession admin = signIn(Role.ADMIN);
		String page = mvc.perform(post("/settings/themes").session(admin).with(csrf()).param("key", "staff")
			.param("nameId", "").param("nameEn", "Staff").param("keywords", "ramah\nRamah\n\njutek"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Ruang kerja ini sudah memiliki tema dengan kunci staff.")
			.contains("Nama (Bahasa Indonesia) wajib diisi.").contains("Kata kunci &quot;ramah&quot; disebut dua kali.");
		String english = mvc.perform(post("/settings/themes?lang=en").session(admin).with(csrf()).param("key", "parkir")
			.param("nameId", "Parkir").param("nameEn", "Parking").param("keywords", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Give at least one keyword.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM text_theme WHERE workspace_id = ?").param(workspace.id().value())
			.query(Long.class).single()).isZero();
		// Blank lines are no keywords; the theme is added and listed.
		mvc.perform(post("/settings/themes").session(admin).with(csrf()).param("key", "parkir_motor")
			.param("nameId", "Parkir motor").param("nameEn", "Motorbike parking").param("keywords", "parkir motor\n\nmotor\n"))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/settings/themes").session(admin)).andReturn().getResponse().getContentAsString())
			.contains("Tema parkir_motor tersimpan", "<code>parkir_motor</code>", "parkir motor, motor");
		// Names and keywords are text, shown as typed, never as markup.
		mvc.perform(post("/settings/themes").session(admin).with(csrf()).param("key", "skrip")
			.param("nameId", "<script>alert(1)</script>").param("nameEn", "Script").param("keywords", "<b>tebal</b>"))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get("/settings/themes").session(admin)).andReturn().getResponse().getContentAsString())
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;tebal&lt;/b&gt;").doesNotContain("<script>alert(1)");
	}

	@Test
	void switchesAShippedThemeOffAndPutsItBack() throws Exception {
		api(delete("/api/v1/themes/waiting_time")).andExpect(status().isNoContent());
		api(get("/api/v1/themes/waiting_time")).andExpect(jsonPath("$.enabled").value(false));
		api(get("/api/v1/responses?theme=waiting_time")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/filter-theme"));
		api(put("/api/v1/themes/staff").contentType(MediaType.APPLICATION_JSON)
			.content("{\"nameId\": \"Pramusaji\", \"nameEn\": \"Waiters\", \"keywords\": [\"pramusaji\", \"waiter\"]}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.edited").value(true)).andExpect(jsonPath("$.enabled").value(true));
		api(post("/api/v1/themes/waiting_time/restore")).andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true)).andExpect(jsonPath("$.edited").value(false));
		api(get("/api/v1/responses?theme=waiting_time")).andExpect(status().isOk());
		api(post("/api/v1/themes/parkir/restore")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT revision FROM text_taxonomy WHERE workspace_id = ?").param(workspace.id().value())
			.query(Integer.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE workspace_id = ? AND action LIKE 'theme.%' ORDER BY occurred_at")
			.param(workspace.id().value()).query(String.class).list())
			.containsExactly("theme.switched-off", "theme.edited", "theme.restored");
	}

	@Test
	void onlyAdminsEditAndEveryoneReads() throws Exception {
		MockHttpSession viewer = signIn(Role.VIEWER);
		mvc.perform(get("/settings/themes").session(viewer)).andExpect(status().isForbidden());
		mvc.perform(post("/settings/themes/staff/off").session(signIn(Role.AGENT)).with(csrf()))
			.andExpect(status().isForbidden());
		String agentKey = JsonPath.read(mvc.perform(post("/api/v1/api-keys").header("X-API-Key", workspace.key())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"kasir\", \"role\": \"AGENT\"}"))
			.andReturn().getResponse().getContentAsString(), "$.key");
		mvc.perform(get("/api/v1/themes").header("X-API-Key", agentKey)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/themes").header("X-API-Key", agentKey).contentType(MediaType.APPLICATION_JSON)
			.content(PARKING)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/themes")).andExpect(status().isUnauthorized());
	}

	@Test
	void isDescribedInTheOpenApiDocument() throws Exception {
		assertThat(mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("\"/api/v1/themes\"", "\"/api/v1/themes/{key}\"",
					"\"/api/v1/themes/reanalysis\"", "\"/api/v1/metrics/themes\"", "\"/api/v1/metrics/themes.csv\"");
	}

	private void awaitReadAgain() {
		await("comments read again").atMost(READING).until(() -> "done".equals(JsonPath.read(body(get("/api/v1/themes/reanalysis")),
				"$.state")));
	}

	private List<String> themes(ResponseId response) {
		return jdbc.sql("SELECT theme FROM comment_theme WHERE response_id = ?").param(response.value())
			.query(String.class).list();
	}

	private static String manyKeywords(int n) {
		StringBuilder keywords = new StringBuilder("[");
		for (int i = 0; i < n; i++) {
			keywords.append(i == 0 ? "" : ", ").append("\"kata").append(i).append('"');
		}
		return keywords.append(']').toString();
	}

	ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("X-API-Key", workspace.key()));
	}

	String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
		try {
			return api(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
