package io.tanggap.survey;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.tanggap.identity.ApiKeyManagement;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

/** Survey templates through the API: listing them, starting a survey from one and answering it. */
abstract class SurveyTemplateApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceSetup setup;

	@Autowired
	ApiKeyManagement keys;

	@Autowired
	JsonMapper json;

	String key;

	@BeforeEach
	void workspaceWithKey() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		WorkspaceId workspace = setup.create(new NewWorkspace("Kafe " + suffix, "Owner", "owner-" + suffix + "@example.com",
				"kata-sandi-panjang-1", null, null, null), "test");
		key = keys.createForBootstrap(workspace, "test").key();
	}

	@Test
	void listsTheTemplatesWithoutTheirQuestions() throws Exception {
		mvc.perform(get("/api/v1/survey-templates").header("X-API-Key", key)).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(9))
			.andExpect(jsonPath("$[*].key").value(hasItem("post-support-ces")))
			.andExpect(jsonPath("$[?(@.key == 'csat-setelah-kunjungan')].name.en").value("Post-visit CSAT"))
			.andExpect(jsonPath("$[?(@.key == 'csat-setelah-kunjungan')].questions").value(10))
			.andExpect(jsonPath("$[0].definition").doesNotExist());
		mvc.perform(get("/api/v1/survey-templates/post-support-ces").header("X-API-Key", key)).andExpect(status().isOk())
			.andExpect(jsonPath("$.definition.languages[1]").value("en"))
			.andExpect(jsonPath("$.definition.questions[0].role").value("CES"));
	}

	@Test
	void startsADraftFromATemplateThatTakesAnswersOncePublished() throws Exception {
		String created = fromTemplate("{\"template\": \"csat-setelah-kunjungan\"}").andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/surveys/")))
			.andExpect(jsonPath("$.name").value("CSAT setelah kunjungan"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.draft.questions[0].role").value("CSAT"))
			.andReturn().getResponse().getContentAsString();
		String survey = json.readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/surveys/" + survey + "/publish").header("X-API-Key", key)).andExpect(status().isOk())
			.andExpect(jsonPath("$.publishedVersion").value(1));
		String unhappy = """
				{"answers": {"overall": 2, "speed": 1, "improve": ["speed", "staff"], "comment": "Pesanan lama sekali",
				 "contact_consent": true, "contact": "0812 3456 7890"}}""";
		answer(survey, "a", unhappy).andExpect(status().isCreated());
		answer(survey, "b", "{\"answers\": {\"overall\": 5, \"improve\": [\"speed\"]}}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/answer-hidden-question"));
	}

	@Test
	void namesTheSurveyAsAsked() throws Exception {
		fromTemplate("{\"template\": \"hotel-stay\", \"name\": \"Villa Ubud setelah check-out\"}")
			.andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("Villa Ubud setelah check-out"));
	}

	@Test
	void answersNotFoundForAnUnknownTemplate() throws Exception {
		fromTemplate("{\"template\": \"tidak-ada\"}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/not-found"))
			.andExpect(jsonPath("$.detail").value("Templat survei tidak ditemukan."));
		mvc.perform(get("/api/v1/survey-templates/tidak-ada").header("X-API-Key", key).header("Accept-Language", "en"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("Survey template not found."));
		fromTemplate("{\"name\": \"Tanpa templat\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/required"));
	}

	private ResultActions fromTemplate(String body) throws Exception {
		return mvc.perform(post("/api/v1/surveys/from-template").header("X-API-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions answer(String survey, String idempotencyKey, String body) throws Exception {
		return mvc.perform(post("/api/v1/surveys/" + survey + "/responses").header("X-API-Key", key)
			.header("Idempotency-Key", idempotencyKey).contentType(MediaType.APPLICATION_JSON).content(body));
	}
}
