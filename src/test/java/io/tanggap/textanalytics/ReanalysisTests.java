package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import io.tanggap.feedback.ResponseId;
import io.tanggap.identity.Role;

/**
 * Reading a workspace's comments again is restartable: a node that stopped half-way leaves its
 * position and claim in the database, and once the claim has run out the work goes on from that
 * position (what was read before is not read again). Its progress is on the settings page, which
 * keeps itself up to date, and on the API.
 */
abstract class ReanalysisTests extends CommentFixtures {

	private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	Reanalysis reanalysis;

	final List<ResponseId> responses = new ArrayList<>();

	@BeforeEach
	void fiveCommentsRead() {
		for (int i = 0; i < 5; i++) {
			responses.add(respond("r" + i, 5 + i, 3, i % 2 == 0 ? "makanannya enak sekali" : "pelayannya jutek, kotor dan lama",
					Instant.now()));
		}
		// Response ids are time-ordered, so this is also the order the work goes through them.
		awaitReading(responses.toArray(ResponseId[]::new));
	}

	@Test
	void goesOnFromWhereAStoppedNodeLeftIt() {
		// What a node leaves behind that took the work for revision 2 and stopped after two comments:
		// their readings for revision 2 and its position after them, with its claim run out.
		jdbc.sql("UPDATE text_taxonomy SET revision = 2 WHERE workspace_id = ?").param(workspace.id().value()).update();
		for (ResponseId done : responses.subList(0, 2)) {
			jdbc.sql("UPDATE comment_analysis SET taxonomy_revision = 2, analysed_at = ? WHERE response_id = ?")
				.params(LONG_AGO, done.value()).update();
		}
		job(2, "running", 2, 5, responses.get(1), Instant.now().minusSeconds(1));
		reanalysis.wake();
		await("work finished").atMost(READING).until(() -> "done".equals(state()));
		assertThat(jdbc.sql("SELECT taxonomy_revision FROM comment_analysis WHERE workspace_id = ?")
			.param(workspace.id().value()).query(Integer.class).list()).hasSize(5).containsOnly(2);
		assertThat(analysedLongAgo()).as("not read again").containsExactlyInAnyOrderElementsOf(responses.subList(0, 2));
		assertThat(jdbc.sql("SELECT done FROM text_reanalysis WHERE workspace_id = ?").param(workspace.id().value())
			.query(Long.class).single()).isEqualTo(5);
	}

	@Test
	void showsHowFarItHasGotAndKeepsThePageUpToDate() throws Exception {
		jdbc.sql("UPDATE text_taxonomy SET revision = 2 WHERE workspace_id = ?").param(workspace.id().value()).update();
		// Held by another node for a while: nobody here goes on with it.
		job(2, "running", 1, 5, responses.get(0), Instant.now().plus(1, ChronoUnit.HOURS));
		reanalysis.wake();
		MockHttpSession admin = signIn(Role.ADMIN);
		String page = mvc.perform(get("/settings/themes").session(admin)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Membaca ulang komentar: 1 dari 5.")
			.contains("hx-get=\"/settings/themes/progress\"", "hx-trigger=\"every 2s\"")
			.contains("<noscript><meta http-equiv=\"refresh\" content=\"5\"></noscript>")
			.containsPattern("<progress value=\"1\" max=\"5\"");
		String part = mvc.perform(get("/settings/themes/progress?lang=en").session(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(part).startsWith("<section id=\"progress\"").contains("Reading the comments again: 1 of 5.")
			.doesNotContain("<html");
		mvc.perform(get("/api/v1/themes/reanalysis").header("X-API-Key", workspace.key()))
			.andExpect(jsonPath("$.state").value("running")).andExpect(jsonPath("$.done").value(1))
			.andExpect(jsonPath("$.total").value(5)).andExpect(jsonPath("$.revision").value(2));
		// The other node is gone: once its claim runs out, this one finishes the work.
		jdbc.sql("UPDATE text_reanalysis SET claimed_until = ? WHERE workspace_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), workspace.id().value()).update();
		reanalysis.wake();
		await("work finished").atMost(READING).until(() -> "done".equals(state()));
		String done = mvc.perform(get("/settings/themes/progress").session(admin)).andReturn().getResponse()
			.getContentAsString();
		assertThat(done).contains("Semua 5 komentar sudah dibaca ulang").doesNotContain("every 2s");
	}

	private void job(int revision, String state, long done, long total, ResponseId after, Instant claimedUntil) {
		jdbc.sql("""
				INSERT INTO text_reanalysis (workspace_id, revision, state, done, total, after_response, after_question,
				  started_at, claimed_until) VALUES (?, ?, ?, ?, ?, ?, 'komentar', ?, ?)""")
			.params(workspace.id().value(), revision, state, done, total, after.value(),
					OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5), claimedUntil.atOffset(ZoneOffset.UTC))
			.update();
	}

	private String state() {
		return jdbc.sql("SELECT state FROM text_reanalysis WHERE workspace_id = ?").param(workspace.id().value())
			.query(String.class).single();
	}

	private List<ResponseId> analysedLongAgo() {
		return jdbc.sql("SELECT response_id FROM comment_analysis WHERE workspace_id = ? AND analysed_at < ?")
			.params(workspace.id().value(), LONG_AGO.plusDays(1))
			.query((rs, n) -> new ResponseId(rs.getObject(1, java.util.UUID.class))).list();
	}
}
