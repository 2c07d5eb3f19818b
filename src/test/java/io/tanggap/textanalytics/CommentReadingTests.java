package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;

import io.tanggap.feedback.Channel;
import io.tanggap.feedback.ResponseId;
import io.tanggap.feedback.ResponseSubmitted;
import io.tanggap.feedback.ResponsesSubmitted;
import io.tanggap.identity.Role;
import io.tanggap.survey.AnsweredQuestion;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.QuestionType;

/**
 * Comments are read as responses arrive: after the response's commit, each comment's reading is
 * stored once and announced as {@link CommentAnalyzed}, also when the announcement of the responses
 * is delivered again; a deleted response takes its readings with it; a comment longer than the
 * analyzer reads is read up to its limit and marked truncated. The texts are ones any reading gets
 * right ("makanannya enak sekali", "pelayannya jutek, kotor dan lama"); what is checked is the flow.
 */
@EnableScenarios
abstract class CommentReadingTests extends CommentFixtures {

	@Autowired
	AnalyzedComments analyzed;

	@Autowired
	CommentReader reader;

	@Test
	void readsTheCommentOfAResponseStoredInATransactionAndAnnouncesIt(Scenario scenario) {
		scenario.stimulate(() -> respond("enak", 9, 5, "makanannya enak sekali", Instant.now()))
			.andWaitAtMost(READING)
			.andWaitForStateChange(() -> analyzed.of(workspace.id()), events -> !events.isEmpty())
			.andVerify((events, response) -> {
				assertThat(events).singleElement().satisfies(event -> {
					assertThat(event.response()).isEqualTo(response);
					assertThat(event.questionId()).isEqualTo("komentar");
					assertThat(event.sentiment()).isEqualTo(Sentiment.POSITIVE);
					assertThat(event.confidence()).isBetween(0.0, 1.0);
				});
				CommentAnalyzed event = events.get(0);
				assertThat(jdbc.sql("SELECT sentiment, language, taxonomy_revision, truncated FROM comment_analysis WHERE response_id = ?")
					.param(response.value()).query().singleRow())
					.containsEntry("sentiment", "positive").containsEntry("language", event.language().code())
					.containsEntry("taxonomy_revision", 1).containsEntry("truncated", false);
				assertThat(themes(response)).containsExactlyInAnyOrderElementsOf(
						event.themes().stream().map(m -> m.theme() + ":" + m.sentiment().label()).toList());
			});
	}

	@Test
	void readsTheCommentsOfResponsesPostedThroughTheApi(Scenario scenario) throws Exception {
		String body = "{\"answers\": {\"nps\": 2, \"komentar\": \"pelayannya jutek, kotor dan lama\"}}";
		// Outside the scenario's transaction, so that the response goes through the shared commit.
		BiFunction<TransactionOperations, ApplicationEventPublisher, String> posting = (transactions, events) -> posted(body);
		scenario.stimulate(posting)
			.andWaitAtMost(READING)
			.andWaitForStateChange(() -> analyzed.of(workspace.id()), events -> !events.isEmpty())
			.andVerify((events, response) -> {
				assertThat(events).singleElement().satisfies(event -> {
					assertThat(event.response().toString()).isEqualTo(response);
					assertThat(event.sentiment()).isEqualTo(Sentiment.NEGATIVE);
				});
				assertThat(jdbc.sql("SELECT sentiment FROM comment_analysis WHERE response_id = CAST(? AS UUID)")
					.param(response).query(String.class).single()).isEqualTo("negative");
			});
	}

	@Test
	void storesOneReadingWhenTheResponsesAreAnnouncedAgain(Scenario scenario) {
		Instant at = Instant.now();
		ResponseId response = respond("lagi", 3, 2, "pelayannya jutek, kotor dan lama", at);
		awaitReading(response);
		ResponsesSubmitted again = new ResponsesSubmitted(List.of(submitted(response, "pelayannya jutek, kotor dan lama", at)));
		long themes = themes(response).size();
		scenario.publish(again)
			.andWaitAtMost(READING)
			.andWaitForStateChange(() -> analyzed.of(response), events -> events.size() == 2)
			.andVerify(events -> {
				assertThat(readings(response)).isEqualTo(1);
				assertThat(themes(response)).hasSize((int) themes).doesNotHaveDuplicates();
				assertThat(events.get(1).themes()).isEqualTo(events.get(0).themes());
			});
	}

	@Test
	void readsAVeryLongCommentUpToTheLimitAndSaysSo(Scenario scenario) throws Exception {
		Instant at = Instant.now();
		ResponseId response = respond("panjang", 8, 4, "makanannya enak sekali", at);
		awaitReading(response);
		// Feedback takes comments of up to 5,000 characters; should the analyzer read fewer, a comment
		// longer than that is read up to the limit.
		String longer = "makanannya enak sekali. ".repeat(2 * TextAnalyzer.MAX_CHARS / 24 + 1);
		scenario.publish(new ResponsesSubmitted(List.of(submitted(response, longer, at))))
			.andWaitAtMost(READING)
			.andWaitForStateChange(() -> analyzed.of(response), events -> events.size() == 2)
			.andVerify(events -> assertThat(jdbc.sql("SELECT truncated FROM comment_analysis WHERE response_id = ?")
				.param(response.value()).query(Boolean.class).single()).isTrue());
		String page = mvc.perform(get("/responses/" + response).session(signIn(Role.VIEWER))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("hanya bagian awalnya yang dibaca");
		// A paste of a megabyte is refused by the API with a problem, and nothing is stored.
		String megabyte = "makanannya enak sekali. ".repeat(44_000);
		mvc.perform(post("/api/v1/surveys/" + survey + "/responses").header("X-API-Key", workspace.key())
			.header("Idempotency-Key", "megabyte").contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"komentar\": \"" + megabyte + "\"}}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/answer-too-long"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE workspace_id = ?").param(workspace.id().value())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void readsTheCommentsOfImportedResponses(Scenario scenario) {
		String csv = "waktu,nps,komentar\n2026-10-01 10:00,9,makanannya enak sekali\n"
				+ "2026-10-01 11:00,2,\"pelayannya jutek, kotor dan lama\"\n2026-10-01 12:00,7,\n";
		BiFunction<TransactionOperations, ApplicationEventPublisher, String> importing = (transactions, events) -> {
			try {
				return mvc.perform(multipart("/api/v1/surveys/" + survey + "/imports").file(new MockMultipartFile("file",
						"lama.csv", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).param("dryRun", "false")
					.header("X-API-Key", workspace.key())).andExpect(status().isOk()).andReturn().getResponse()
					.getContentAsString();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		};
		scenario.stimulate(importing)
			.andWaitAtMost(READING)
			.andWaitForStateChange(() -> analyzed.of(workspace.id()), events -> events.size() == 2)
			.andVerify(events -> {
				assertThat(events).extracting(CommentAnalyzed::sentiment)
					.containsExactlyInAnyOrder(Sentiment.POSITIVE, Sentiment.NEGATIVE);
				assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_analysis WHERE workspace_id = ?")
					.param(workspace.id().value()).query(Long.class).single()).isEqualTo(2);
			});
	}

	@Test
	void catchesUpWithACommentWithoutAReading(Scenario scenario) {
		ResponseId response = respond("susul", 2, 2, "pelayannya jutek, kotor dan lama", Instant.now());
		awaitReading(response);
		// As if the service had stopped before reading it.
		jdbc.sql("DELETE FROM comment_analysis WHERE response_id = ?").param(response.value()).update();
		scenario.stimulate(() -> reader.catchUpFrom(response, java.time.Duration.ofSeconds(1)))
			.andWaitAtMost(READING)
			.andWaitForStateChange(() -> readings(response), n -> n == 1)
			.andVerify(n -> assertThat(jdbc.sql("SELECT sentiment FROM comment_analysis WHERE response_id = ?")
				.param(response.value()).query(String.class).single()).isEqualTo("negative"));
	}

	@Test
	void aDeletedResponseTakesItsReadingsWithIt() throws Exception {
		ResponseId response = respond("hapus", 1, 1, "pelayannya jutek, kotor dan lama", Instant.now());
		awaitReading(response);
		mvc.perform(delete("/api/v1/responses/" + response).header("X-API-Key", workspace.key()))
			.andExpect(status().isNoContent());
		assertThat(readings(response)).isZero();
		assertThat(themes(response)).isEmpty();
	}

	private String posted(String body) {
		try {
			String created = mvc.perform(post("/api/v1/surveys/" + survey + "/responses")
				.header("X-API-Key", workspace.key()).header("Idempotency-Key", "api-1")
				.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
			return com.jayway.jsonpath.JsonPath.read(created, "$.id");
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private List<String> themes(ResponseId response) {
		return jdbc.sql("SELECT theme, sentiment FROM comment_theme WHERE response_id = ?").param(response.value())
			.query((rs, n) -> rs.getString(1) + ":" + rs.getString(2)).list();
	}

	private ResponseSubmitted submitted(ResponseId response, String comment, Instant at) {
		return new ResponseSubmitted(response, workspace.id(), survey, 1, List.of(new AnsweredQuestion("komentar",
				QuestionType.TEXT, MetricRole.NONE, null, null, null, List.of(), comment)), Channel.QR, null, null, null, "id",
				at, "again");
	}
}
