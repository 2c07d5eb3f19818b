package io.tanggap.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.micrometer.core.instrument.MeterRegistry;
import io.tanggap.TestWorkspaces;
import io.tanggap.identity.ApiKeyManagement;
import io.tanggap.identity.Role;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/**
 * {@link IngestionFastPath} answers exactly as Spring MVC does: the same posts are sent both ways (a
 * query string sends them to Spring MVC), and the fast path is seen in the request metric.
 */
abstract class IngestionFastPathTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApiKeyManagement keys;

	TestWorkspaces.TestWorkspace workspace;
	String key;

	@BeforeEach
	void workspaceWithKey() {
		workspace = workspaces.create();
		key = workspace.key();
	}

	@Test
	void answersTheSameOnTheFastPathAsThroughSpringMvc() throws Exception {
		String survey = publishedSurvey();
		String body = "{\"answers\": {\"nps\": 8}}";
		List<String> problems = new java.util.ArrayList<>();
		// A plain JSON post takes the fast path; a query string sends the same post through Spring MVC.
		for (String path : List.of("/responses", "/responses?via=mvc")) {
			String uri = "/api/v1/surveys/" + survey + path;
			String id = mvc.perform(post(uri).header("X-API-Key", key).header("Idempotency-Key", "same-" + path)
					.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated()).andExpect(header().string("Location", startsWith("/api/v1/responses/")))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.duplicate").value(false)).andReturn().getResponse().getContentAsString()
				.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
			mvc.perform(post(uri).header("X-API-Key", key).header("Idempotency-Key", "same-" + path)
					.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
			mvc.perform(post(uri).header("X-API-Key", key).header("Idempotency-Key", "null-" + path)
					.contentType(MediaType.APPLICATION_JSON).content("null"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			String problem = mvc.perform(post(uri).header("X-API-Key", key).header("Idempotency-Key", "range-" + path)
					.header("Accept-Language", "id").contentType(MediaType.APPLICATION_JSON)
					.content("{\"answers\": {\"nps\": 12}}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("/problems/answer-out-of-range")).andReturn().getResponse()
				.getContentAsString();
			problems.add(problem.replaceAll("\"instance\":\"[^\"]*\"", ""));
		}
		assertThat(count(survey)).isEqualTo(2);
		// The same problem detail, in the language asked for, both ways.
		assertThat(problems.get(0)).isEqualTo(problems.get(1)).contains("harus antara 0 dan 10");
		// The fast path names its requests in the request metric as Spring MVC would.
		double before = postsMeasured();
		postResponse(survey, "measured", body).andExpect(status().isCreated());
		assertThat(postsMeasured()).isEqualTo(before + 1);
	}

	@Test
	void answersWithTheSecurityHeadersOfTheApiChain() throws Exception {
		String survey = publishedSurvey();
		var fast = postResponse(survey, "headers-fast", "{\"answers\": {\"nps\": 7}}").andExpect(status().isCreated())
			.andReturn().getResponse();
		var mvcPath = mvc.perform(post("/api/v1/surveys/" + survey + "/responses?via=mvc").header("X-API-Key", key)
				.header("Idempotency-Key", "headers-mvc").contentType(MediaType.APPLICATION_JSON)
				.content("{\"answers\": {\"nps\": 7}}"))
			.andExpect(status().isCreated()).andReturn().getResponse();
		var ignored = java.util.Set.of("Location", "Content-Length", "Content-Type");
		java.util.Map<String, List<String>> fastHeaders = new java.util.TreeMap<>();
		java.util.Map<String, List<String>> mvcHeaders = new java.util.TreeMap<>();
		fast.getHeaderNames().stream().filter(h -> !ignored.contains(h)).forEach(h -> fastHeaders.put(h, fast.getHeaders(h)));
		mvcPath.getHeaderNames().stream().filter(h -> !ignored.contains(h))
			.forEach(h -> mvcHeaders.put(h, mvcPath.getHeaders(h)));
		assertThat(fastHeaders).containsKeys("X-Content-Type-Options", "Cache-Control", "X-Frame-Options",
				"Content-Security-Policy").isEqualTo(mvcHeaders);
	}

	@Test
	void leavesRefusedCallersToTheSecurityChain() throws Exception {
		String survey = publishedSurvey();
		String body = "{\"answers\": {\"nps\": 7}}";
		String uri = "/api/v1/surveys/" + survey + "/responses";
		mvc.perform(post(uri).header("Idempotency-Key", "no-key").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post(uri).header("X-API-Key", key + "x").header("Idempotency-Key", "wrong-key")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String viewer = keys.create(workspace.owner(), "viewer", Role.VIEWER).key();
		mvc.perform(post(uri).header("Authorization", "Bearer " + viewer).header("Idempotency-Key", "viewer")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String agent = keys.create(workspace.owner(), "agent", Role.AGENT).key();
		mvc.perform(post(uri).header("Authorization", "Bearer " + agent).header("Idempotency-Key", "agent")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		assertThat(count(survey)).isEqualTo(1);
	}

	private double postsMeasured() {
		var timer = meters.find("http.server.requests").tag("uri", IngestionFastPath.PATTERN).tag("status", "201").timer();
		return timer == null ? 0 : timer.count();
	}

	@Test
	void decodesADeclaredCharsetAsSpringMvcDoes() throws Exception {
		String survey = publishedSurvey();
		byte[] latin1 = "{\"answers\": {\"nps\": 9, \"comment\": \"Café enak\"}}"
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		String id = mvc.perform(post("/api/v1/surveys/" + survey + "/responses").header("X-API-Key", key)
				.header("Idempotency-Key", "latin1").contentType("application/json;charset=ISO-8859-1").content(latin1))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
			.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(get("/api/v1/responses/" + id).header("X-API-Key", key))
			.andExpect(jsonPath("$.answers[?(@.questionId == 'comment')].text").value("Café enak"));
	}

	private String publishedSurvey() {
		SurveyDefinition definition = new SurveyDefinition(List.of("id"), Text.of("Kunjungan", "Visit"), List.of(
				new Question("nps", QuestionType.NPS, Text.of("NPS", "NPS"), true, MetricRole.NPS, null, null),
				new Question("comment", QuestionType.TEXT, Text.of("Komentar", "Comment"), false, null, null, null)),
				null);
		return surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan", definition).id()).id()
			.toString();
	}

	private ResultActions postResponse(String survey, String idempotencyKey, String body) throws Exception {
		return mvc.perform(post("/api/v1/surveys/" + survey + "/responses").header("X-API-Key", key)
			.header("Idempotency-Key", idempotencyKey).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long count(String survey) {
		return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(UUID.fromString(survey))
			.query(Long.class).single();
	}
}
