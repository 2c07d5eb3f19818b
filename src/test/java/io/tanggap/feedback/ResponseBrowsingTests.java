package io.tanggap.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import io.tanggap.identity.Actor;
import io.tanggap.identity.ApiKeyManagement;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.Role;
import io.tanggap.identity.Team;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.Choice;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/** Staff find responses: filters, paging, the pages, who may read, and what is another workspace's. */
abstract class ResponseBrowsingTests extends ResponseFixtures {

	@Test
	void filtersBySurveyPeriodChannelBranchScoreAndText() throws Exception {
		assertThat(found("survey=" + visit)).containsExactly(afterMidnight, late, early);
		assertThat(found("from=2026-03-10&to=2026-03-10")).containsExactly(late, other);
		assertThat(found("from=2026-03-11")).containsExactly(afterMidnight);
		assertThat(found("to=2026-03-09")).containsExactly(early);
		assertThat(found("channel=qr")).containsExactly(late, other);
		assertThat(found("branch=" + sudirman)).containsExactly(late);
		assertThat(found("minScore=9")).containsExactly(late, other);
		assertThat(found("maxScore=6")).containsExactly(afterMidnight, early);
		assertThat(found("minScore=4&maxScore=6")).containsExactly(early);
		assertThat(found("q=KOPINYA")).containsExactly(late);
		assertThat(found("q=%")).containsExactly(late);
		assertThat(found("q=0%")).containsExactly(late);
		assertThat(found("q=_")).containsExactly(afterMidnight);
		assertThat(found("q=Kop_nya")).isEmpty();
		assertThat(found("q=100%enak")).isEmpty();
		assertThat(found("survey=" + delivery + "&channel=QR&minScore=10&q=mantap")).containsExactly(other);
		assertThat(found("survey=" + visit + "&channel=QR&maxScore=5")).isEmpty();
	}

	@Test
	void pagesNewestFirstWithATotal() throws Exception {
		api("/api/v1/responses?survey=" + visit + "&offset=1&limit=1").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.offset").value(1))
			.andExpect(jsonPath("$.responses.length()").value(1)).andExpect(jsonPath("$.responses[0].id").value(late))
			// The scores stored beside a response for the rollups' rebuild are not part of the API.
			.andExpect(jsonPath("$.responses[0].answers").isNotEmpty())
			.andExpect(jsonPath("$.responses[0].scores").doesNotExist());
		api("/api/v1/responses?limit=501").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("/problems/paging"));
	}

	@Test
	void answersBadFiltersWithAProblemOrAFormMessage() throws Exception {
		problem("from=2026-03-10&to=2026-03-01", "filter-period");
		problem("from=2020-01-01&to=2026-01-02", "filter-period");
		problem("minScore=11", "filter-score");
		problem("minScore=7&maxScore=6", "filter-score");
		problem("minScore=tinggi", "filter-value");
		problem("from=10-03-2026", "filter-value");
		problem("channel=FAX", "filter-value");
		problem("q=" + "a".repeat(201), "too-long");
		mvc.perform(get("/responses?from=2026-03-10&to=2026-03-01").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Periode tidak valid")))
			.andExpect(content().string(containsString("value=\"2026-03-10\"")));
		mvc.perform(get("/responses/export.csv?minScore=12").session(session)).andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/responses?minScore=12"))
			.andExpect(result -> assertThat(result.getFlashMap().get("problem")).isEqualTo("problem.filter-score"));
	}

	@Test
	void showsTheListAndAResponseWithCommentsEscaped() throws Exception {
		mvc.perform(get("/responses").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("4 tanggapan")))
			.andExpect(content().string(containsString("&lt;b&gt;mantap&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<b>mantap</b>"))))
			.andExpect(content().string(containsString("NPS 9/10")))
			.andExpect(content().string(containsString("href=\"/responses\"")))
			.andExpect(content().string(containsString("Ekspor CSV")));
		mvc.perform(get("/responses?channel=QR&q=kopi").session(session))
			.andExpect(content().string(containsString("1 tanggapan")))
			.andExpect(content().string(containsString("/responses/export.xlsx?channel=QR&amp;q=kopi")));
		mvc.perform(get("/responses/" + late).session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Seberapa mungkin Anda merekomendasikan kami?")))
			.andExpect(content().string(containsString("9 (skala 0–10)")))
			.andExpect(content().string(containsString("Kopi")))
			.andExpect(content().string(containsString("Kopinya 100% enak")))
			.andExpect(content().string(containsString("Sudirman")))
			.andExpect(content().string(containsString("Kode QR")))
			.andExpect(content().string(containsString("kasir")));
		mvc.perform(get("/responses/" + other).session(session))
			.andExpect(content().string(containsString("&lt;b&gt;mantap&lt;/b&gt;")));
		mvc.perform(get("/responses/" + late).session(session).header("Accept-Language", "en").param("lang", "en"))
			.andExpect(status().isOk());
	}

	@Test
	void letsAViewerRead() throws Exception {
		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(owner, email, Role.VIEWER).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Vina", PASSWORD);
		MockHttpSession viewer = signIn(email);
		mvc.perform(get("/responses").session(viewer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopinya 100% enak")));
		mvc.perform(get("/responses/" + late).session(viewer)).andExpect(status().isOk());
		mvc.perform(get("/responses/export.csv").session(viewer)).andExpect(status().isOk());
	}

	@Test
	void showsAnotherWorkspacesResponseAsNotFound() throws Exception {
		String email = "other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		WorkspaceId elsewhere = setup.create(new NewWorkspace("Lain " + email.substring(6, 14), "Budi", email, PASSWORD,
				null, null, null), "test");
		Actor theirOwner = new Actor(elsewhere, Role.OWNER, "owner", Optional.empty());
		SurveyId theirSurvey = publishedSurvey(theirOwner, "Milik mereka");
		String theirs = intake.submit(elsewhere, new Submission(theirSurvey, "theirs", Map.of("nps", 1), Channel.API,
				null, null, null, null, null, null)).response().toString();
		mvc.perform(get("/responses/" + theirs).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/responses/" + UUID.randomUUID()).session(session)).andExpect(status().isNotFound());
		api("/api/v1/responses/" + theirs).andExpect(status().isNotFound());
		api("/api/v1/responses?survey=" + theirSurvey).andExpect(status().isNotFound());
		api("/api/v1/responses/export.csv?survey=" + theirSurvey).andExpect(status().isNotFound());
		assertThat(found("")).containsExactly(afterMidnight, late, other, early);
	}

}
