package io.tanggap.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.tanggap.TestWorkspaces;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.SurveyId;
import tools.jackson.databind.json.JsonMapper;

/** Surveys and responses through the API: versions, idempotency, bad answers, workspace isolation. */
abstract class ResponseIntakeTests {

	static final String SURVEY = """
			{"name": "Setelah kunjungan", "definition": {
			  "languages": ["id", "en"],
			  "title": {"id": "Kunjungan Anda", "en": "Your visit"},
			  "questions": [
			    {"id": "nps", "type": "NPS", "required": true, "role": "NPS",
			     "text": {"id": "Seberapa mungkin Anda merekomendasikan kami?", "en": "How likely are you to recommend us?"}},
			    {"id": "comment", "type": "TEXT", "text": {"id": "Ceritakan lebih lanjut", "en": "Tell us more"}}
			  ]}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	FeedbackIntake intake;

	@Autowired
	SubmittedEvents events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	String key;
	WorkspaceId workspace;

	@BeforeEach
	void workspaceWithKey() {
		TestWorkspaces.TestWorkspace created = workspaces.create();
		workspace = created.id();
		key = created.key();
	}

	@Test
	void storesAResponseOnceHoweverOftenItIsSent() throws Exception {
		String survey = publishedSurvey();
		String body = "{\"answers\": {\"nps\": 9, \"comment\": \"Kopinya enak <b>banget</b>\"}, \"touchpoint\": \"kasir\"}";
		String id = postResponse(survey, "order-1001", body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.duplicate").value(false)).andReturn().getResponse().getContentAsString()
			.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		postResponse(survey, "order-1001", body).andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true)).andExpect(jsonPath("$.id").value(id));
		mvc.perform(get("/api/v1/responses/" + id).header("X-API-Key", key)).andExpect(status().isOk())
			.andExpect(jsonPath("$.surveyVersion").value(1))
			.andExpect(jsonPath("$.answers[?(@.questionId == 'comment')].text").value("Kopinya enak <b>banget</b>"));
		assertThat(count(survey)).isEqualTo(1);
		assertThat(events.of(id)).singleElement().satisfies(e -> {
				assertThat(e.comments()).containsExactly("Kopinya enak <b>banget</b>");
				assertThat(e.answers().get(0).score()).isEqualTo(9);
				assertThat(e.touchpoint()).isEqualTo("kasir");
			});
	}

	@Test
	void announcesTheResponsesOfACallersTransactionTogetherWhenItCommits() throws Exception {
		SurveyId survey = new SurveyId(UUID.fromString(publishedSurvey()));
		List<ResponseId> stored = transactions.execute(status -> {
			List<ResponseId> ids = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				ids.add(intake.submit(workspace, new Submission(survey, "row-" + i, Map.of("nps", i % 11, "comment",
						"baris " + i), Channel.IMPORT, null, null, null, null, null, null)).response());
			}
			assertThat(events.batchesOf(survey)).as("nothing announced before the commit").isZero();
			return ids;
		});
		assertThat(events.inBatches(survey)).containsExactlyElementsOf(stored);
		assertThat(events.batchesOf(survey)).as("at most 256 a batch").isEqualTo(2);
		transactions.executeWithoutResult(status -> {
			intake.submit(workspace, new Submission(survey, "rolled-back", Map.of("nps", 1), Channel.IMPORT, null, null,
					null, null, null, null));
			status.setRollbackOnly();
		});
		assertThat(events.batchesOf(survey)).as("a transaction that rolled back announces nothing").isEqualTo(2);
	}

	@Test
	void cutsLargeAnnouncementsIntoPartsTheEventRegistryCanHold() {
		ResponseSubmitted small = new ResponseSubmitted(new ResponseId(UUID.randomUUID()), workspace,
				new SurveyId(UUID.randomUUID()), 1, List.of(), Channel.API, null, null, null, "id", java.time.Instant.now(), "k");
		ResponseSubmitted large = new ResponseSubmitted(small.response(), workspace, small.survey(), 1,
				List.of(new io.tanggap.survey.AnsweredQuestion("comment", io.tanggap.survey.QuestionType.TEXT,
						io.tanggap.survey.MetricRole.NONE, null, null, null, List.of(), "x".repeat(5000))),
				Channel.API, null, null, null, "id", java.time.Instant.now(), "k");
		assertThat(ResponsesSubmitted.parts(java.util.Collections.nCopies(600, small))).extracting(p -> p.responses().size())
			.containsExactly(256, 256, 88);
		assertThat(ResponsesSubmitted.parts(java.util.Collections.nCopies(256, large))).allSatisfy(part -> assertThat(
				json.writeValueAsString(part).length()).isLessThan(1_000_000));
	}

	@Test
	void countsConcurrentDuplicatesOnce() throws Exception {
		String survey = publishedSurvey();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<FeedbackIntake.Receipt>> receipts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			receipts.add(pool.submit(() -> {
				start.await();
				return intake.submit(workspace, new Submission(new SurveyId(UUID.fromString(survey)), "token-42",
						Map.of("nps", 10), Channel.EMAIL, null, null, null, null, null, null));
			}));
		}
		start.countDown();
		List<FeedbackIntake.Receipt> results = new ArrayList<>();
		for (Future<FeedbackIntake.Receipt> receipt : receipts) {
			results.add(receipt.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(results).extracting(FeedbackIntake.Receipt::response).containsOnly(results.get(0).response());
		assertThat(results).filteredOn(r -> !r.duplicate()).hasSize(1);
		assertThat(count(survey)).isEqualTo(1);
	}

	@Test
	void acknowledgesEveryResponseOfABusyMomentOnceItIsCommitted() throws Exception {
		String survey = publishedSurvey();
		SurveyId id = new SurveyId(UUID.fromString(survey));
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<FeedbackIntake.Receipt>> receipts = new ArrayList<>();
		for (int i = 0; i < 330; i++) {
			String key = "busy-" + (i % 300);
			receipts.add(pool.submit(() -> intake.submit(workspace,
					new Submission(id, key, Map.of("nps", 8), Channel.QR, null, null, null, null, null, null))));
		}
		long created = 0;
		List<ResponseId> stored = new ArrayList<>();
		for (Future<FeedbackIntake.Receipt> receipt : receipts) {
			FeedbackIntake.Receipt r = receipt.get(60, TimeUnit.SECONDS);
			created += r.duplicate() ? 0 : 1;
			if (!r.duplicate()) {
				stored.add(r.response());
			}
			assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE id = ?").param(r.response().value())
				.query(Long.class).single()).as("committed before acknowledged").isEqualTo(1);
		}
		pool.shutdown();
		assertThat(created).isEqualTo(300);
		assertThat(count(survey)).isEqualTo(300);
		assertThat(events.inBatches(id)).as("each stored response in exactly one batch")
			.containsExactlyInAnyOrderElementsOf(stored);
		assertThat(events.batchesOf(id)).as("shared commits announce their responses together").isLessThan(300);
	}

	@Test
	void keepsTheVersionEachResponseAnswered() throws Exception {
		String survey = publishedSurvey();
		postResponse(survey, "v1", "{\"answers\": {\"nps\": 7}}").andExpect(status().isCreated());
		String edited = SURVEY.replace("\"required\": true", "\"required\": false");
		mvc.perform(put("/api/v1/surveys/" + survey).header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(edited)).andExpect(status().isOk()).andExpect(jsonPath("$.publishedVersion").value(1));
		postResponse(survey, "still-v1", "{\"answers\": {\"comment\": \"tanpa skor\"}}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/answer-required"));
		mvc.perform(post("/api/v1/surveys/" + survey + "/publish").header("X-API-Key", key))
			.andExpect(jsonPath("$.publishedVersion").value(2));
		postResponse(survey, "v2", "{\"answers\": {\"comment\": \"tanpa skor\"}}").andExpect(status().isCreated());
		assertThat(jdbc.sql("SELECT survey_version FROM survey_response WHERE idempotency_key IN ('v1', 'v2') ORDER BY survey_version")
			.query(Integer.class).list()).containsExactly(1, 2);
		mvc.perform(get("/api/v1/surveys/" + survey + "/versions/1").header("X-API-Key", key))
			.andExpect(jsonPath("$.questions[0].required").value(true));
	}

	@Test
	void refusesBadAnswersAndStoresNothing() throws Exception {
		String survey = publishedSurvey();
		postResponse(survey, "a", "{\"answers\": {\"nps\": 11}}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/answer-out-of-range"));
		postResponse(survey, "b", "{\"answers\": {\"nps\": 5, \"price\": 2}}")
			.andExpect(jsonPath("$.type").value("/problems/answer-unknown-question"));
		postResponse(survey, "c", "{\"answers\": {\"nps\": \"x\"}}").andExpect(jsonPath("$.type").value("/problems/answer-type"));
		postResponse(survey, "d", "{\"answers\": {\"nps\": 5}, \"branchId\": \"" + UUID.randomUUID() + "\"}")
			.andExpect(jsonPath("$.type").value("/problems/branch-unknown"));
		postResponse(survey, "e", "{\"answers\": {\"nps\": 5}, \"language\": \"fr\"}")
			.andExpect(jsonPath("$.type").value("/problems/language-unsupported"));
		postResponse(survey, "f", "{\"answers\": {\"nps\": 5}, \"submittedAt\": \"2999-01-01T00:00:00Z\"}")
			.andExpect(jsonPath("$.type").value("/problems/submitted-in-future"));
		postResponse(survey, null, "{\"answers\": {\"nps\": 5}}").andExpect(jsonPath("$.type").value("/problems/required"));
		postResponse(survey, "g", "{\"answers\": ").andExpect(status().isBadRequest());
		postResponse(survey, "h", "{\"answers\": {\"nps\": 5}, \"channel\": \"PIGEON\"}").andExpect(status().isBadRequest());
		assertThat(count(survey)).isZero();
		mvc.perform(post("/api/v1/surveys/" + survey + "/close").header("X-API-Key", key)).andExpect(status().isOk());
		postResponse(survey, "i", "{\"answers\": {\"nps\": 5}}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("/problems/survey-not-open"));
	}

	@Test
	void answersARetryAsARepeatEvenAfterTheSurveyClosed() throws Exception {
		String survey = publishedSurvey();
		String id = postResponse(survey, "before-close", "{\"answers\": {\"nps\": 9}}").andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(post("/api/v1/surveys/" + survey + "/close").header("X-API-Key", key)).andExpect(status().isOk());
		postResponse(survey, "before-close", "{\"answers\": {\"nps\": 9}}").andExpect(status().isOk())
			.andExpect(jsonPath("$.duplicate").value(true)).andExpect(jsonPath("$.id").value(id));
		postResponse(survey, "after-close", "{\"answers\": {\"nps\": 9}}").andExpect(status().isConflict());
		assertThat(count(survey)).isEqualTo(1);
	}

	@Test
	void seesASurveyClosedOnAnotherNodeWithinASecond() throws Exception {
		String survey = publishedSurvey();
		postResponse(survey, "remembered", "{\"answers\": {\"nps\": 9}}").andExpect(status().isCreated());
		// Another node closes it: this node learns it only from the database.
		jdbc.sql("UPDATE survey SET status = 'CLOSED' WHERE id = ?").param(UUID.fromString(survey)).update();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> postResponse(survey, "late-" + UUID.randomUUID(),
				"{\"answers\": {\"nps\": 9}}").andExpect(status().isConflict()));
	}

	@Test
	void refusesAnswersToAnUnpublishedOrForeignSurvey() throws Exception {
		String draft = createSurvey();
		postResponse(draft, "a", "{\"answers\": {\"nps\": 5}}").andExpect(status().isConflict());
		String otherKey = key;
		workspaceWithKey();
		postResponse(draft, "b", "{\"answers\": {\"nps\": 5}}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/surveys/" + draft).header("X-API-Key", key)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/surveys/" + draft).header("X-API-Key", otherKey)).andExpect(status().isOk());
	}

	@Test
	void refusesABrokenSurveyDefinition() throws Exception {
		mvc.perform(post("/api/v1/surveys").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(SURVEY.replace("\"type\": \"TEXT\"", "\"type\": \"NPS\", \"role\": \"CES\"")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/question-role"));
		mvc.perform(post("/api/v1/surveys").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(SURVEY.replace("\"NPS\", \"required\"", "\"SLIDER\", \"required\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.path").value("$.definition.questions[0].type"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM survey WHERE workspace_id = ?").param(workspace.value())
			.query(Long.class).single()).isZero();
	}

	private String createSurvey() throws Exception {
		String created = mvc.perform(post("/api/v1/surveys").header("X-API-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(SURVEY)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT")).andReturn().getResponse().getContentAsString();
		return json.readTree(created).get("id").asString();
	}

	private String publishedSurvey() throws Exception {
		String id = createSurvey();
		mvc.perform(post("/api/v1/surveys/" + id + "/publish").header("X-API-Key", key)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		return id;
	}

	private ResultActions postResponse(String survey, String idempotencyKey, String body) throws Exception {
		var request = post("/api/v1/surveys/" + survey + "/responses").header("X-API-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return mvc.perform(request);
	}

	private long count(String survey) {
		return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(UUID.fromString(survey))
			.query(Long.class).single();
	}
}
