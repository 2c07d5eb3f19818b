package io.tanggap.survey;

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
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.tanggap.identity.Actor;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.Role;
import io.tanggap.identity.Team;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;

/** The survey pages as staff use them: starting, building, publishing, and who may do what. */
abstract class SurveyPagesTests {

	static final String PASSWORD = "kata-sandi-panjang-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceSetup setup;

	@Autowired
	Team team;

	@Autowired
	SurveyManagement surveys;

	Actor owner;
	MockHttpSession session;

	@BeforeEach
	void signedInOwner() throws Exception {
		String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		WorkspaceId workspace = setup.create(new NewWorkspace("Kopi " + email.substring(6, 14), "Ani", email, PASSWORD,
				null, null, null), "test");
		owner = new Actor(workspace, Role.OWNER, "owner", Optional.empty());
		session = signIn(email);
	}

	@Test
	void startsASurveyFromATemplateOrBlank() throws Exception {
		mvc.perform(get("/surveys").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Survei baru")))
			.andExpect(content().string(containsString("CSAT setelah kunjungan")));
		UUID fromTemplate = created(send(post("/surveys/from-template").param("template", "csat-setelah-kunjungan")
			.param("name", "")));
		assertThat(survey(fromTemplate).name()).isEqualTo("CSAT setelah kunjungan");
		assertThat(survey(fromTemplate).draft().questions()).hasSize(10);

		UUID blank = created(send(post("/surveys").param("name", "Warung Sate").param("languages", "id")));
		assertThat(survey(blank).draft().languages()).containsExactly("id");
		assertThat(survey(blank).draft().questions()).singleElement()
			.satisfies(q -> assertThat(q.role()).isEqualTo(MetricRole.NPS));

		mvc.perform(get("/surveys").session(session)).andExpect(content().string(containsString("Warung Sate")))
			.andExpect(content().string(containsString("Draf")));
		send(post("/surveys/from-template").param("name", "Tanpa templat")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih salah satu templat")))
			.andExpect(content().string(containsString("Tanpa templat")));
	}

	@Test
	void addsEditsMovesAndDeletesQuestions() throws Exception {
		UUID id = blankSurvey();
		send(post("/surveys/" + id + "/questions").param("type", "SINGLE_CHOICE")
			.param("textId", "Apa yang paling Anda sukai?").param("textEn", "What did you like most?")
			.param("required", "true").param("role", "NONE").param("choices", "Kopi | Coffee\nfast | Cepat | Fast"))
			.andExpect(redirectedUrl("/surveys/" + id));
		Question added = survey(id).draft().questions().get(1);
		assertThat(added.id()).isEqualTo("q2");
		assertThat(added.choices()).extracting(Choice::id).containsExactly("c1", "fast");
		assertThat(added.choices().get(1).label().in("en", "id")).isEqualTo("Fast");

		mvc.perform(get("/surveys/" + id + "/questions/q2").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("c1 | Kopi | Coffee")));
		send(post("/surveys/" + id + "/questions/q2").param("type", "SINGLE_CHOICE")
			.param("textId", "Apa favorit Anda?").param("textEn", "Your favourite?").param("role", "NONE")
			.param("choices", "c1 | Kopi | Coffee").param("ifQuestion", "q1").param("ifOperator", "GTE")
			.param("ifValue", "9")).andExpect(redirectedUrl("/surveys/" + id));
		Question edited = survey(id).draft().questions().get(1);
		assertThat(edited.text().in("id", "id")).isEqualTo("Apa favorit Anda?");
		assertThat(edited.required()).isFalse();
		assertThat(edited.showIf()).isEqualTo(new Condition("q1", Condition.Operator.GTE, 9, List.of()));

		send(post("/surveys/" + id + "/questions/q2/up")).andExpect(redirectedUrl("/surveys/" + id))
			.andExpect(flash().attribute("problem", "problem.question-condition"));
		assertThat(ids(id)).containsExactly("q1", "q2");

		send(post("/surveys/" + id + "/questions/q2").param("type", "SINGLE_CHOICE").param("textId", "Apa favorit Anda?")
			.param("role", "NONE").param("choices", "c1 | Kopi | Coffee")).andExpect(redirectedUrl("/surveys/" + id));
		send(post("/surveys/" + id + "/questions/q2/up")).andExpect(redirectedUrl("/surveys/" + id));
		assertThat(ids(id)).containsExactly("q2", "q1");
		send(post("/surveys/" + id + "/questions/q1/remove")).andExpect(redirectedUrl("/surveys/" + id));
		assertThat(ids(id)).containsExactly("q2");
		send(post("/surveys/" + id + "/questions")).andExpect(status().isOk());
	}

	@Test
	void showsADefinitionErrorTranslatedAndKeepsWhatWasTyped() throws Exception {
		UUID id = blankSurvey();
		send(post("/surveys/" + id + "/questions").param("type", "TEXT").param("textId", " ")
			.param("textEn", "Anything else to tell us?").param("role", "NONE")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Teks untuk q2 dalam bahasa id belum diisi.")))
			.andExpect(content().string(containsString("Anything else to tell us?")));
		send(post("/surveys/" + id).param("name", "Kunjungan").param("languages", "id,en").param("titleId", "")
			.param("titleEn", "Your visit").param("thankYouId", "Makasih")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Teks untuk title dalam bahasa id belum diisi.")))
			.andExpect(content().string(containsString("Your visit")));
		assertThat(ids(id)).containsExactly("q1");
	}

	@Test
	void publishesAndKeepsRespondentsOnTheVersionUntilPublishedAgain() throws Exception {
		UUID id = blankSurvey();
		mvc.perform(get("/s/" + id)).andExpect(status().isGone());
		send(post("/surveys/" + id + "/publish")).andExpect(redirectedUrl("/surveys/" + id));
		assertThat(survey(id).publishedVersion()).isEqualTo(1);
		mvc.perform(get("/surveys/" + id).session(session)).andExpect(content().string(containsString("/s/" + id)))
			.andExpect(content().string(containsString("Versi 1 sedang berlaku")))
			.andExpect(content().string(containsString("data-survey=&quot;" + id)));
		mvc.perform(get("/surveys/" + id + "/share/qr.png").session(session)).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		mvc.perform(get("/surveys/" + id + "/share/table-card.pdf").session(session)).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/surveys/" + id + "/share/qr.png")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/s/" + id).param("_key", UUID.randomUUID().toString()).param("q.q1", "9"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Terima kasih atas masukan Anda!")));

		send(post("/surveys/" + id + "/questions/q1").param("type", "NPS").param("textId", "Rekomendasi ke teman?")
			.param("textEn", "Recommend us?").param("required", "true").param("role", "NPS"));
		mvc.perform(get("/s/" + id)).andExpect(content().string(not(containsString("Rekomendasi ke teman?"))));
		mvc.perform(get("/surveys/" + id + "/preview").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Rekomendasi ke teman?")))
			.andExpect(content().string(containsString("Pratinjau")))
			.andExpect(content().string(containsString("disabled")));
		send(post("/surveys/" + id + "/publish"));
		assertThat(survey(id).publishedVersion()).isEqualTo(2);
		mvc.perform(get("/s/" + id)).andExpect(content().string(containsString("Rekomendasi ke teman?")));
		send(post("/surveys/" + id + "/close")).andExpect(redirectedUrl("/surveys/" + id));
		assertThat(survey(id).status()).isEqualTo(Survey.Status.CLOSED);
	}

	@Test
	void letsViewersLookButNotChange() throws Exception {
		UUID id = blankSurvey();
		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(owner, email, Role.VIEWER).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Vina", PASSWORD);
		MockHttpSession viewer = signIn(email);
		mvc.perform(get("/surveys").session(viewer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kunjungan")))
			.andExpect(content().string(not(containsString("Survei baru"))));
		mvc.perform(get("/surveys/" + id).session(viewer)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Terbitkan"))));
		mvc.perform(post("/surveys").with(csrf()).session(viewer).param("name", "Nope")).andExpect(status().isForbidden());
		mvc.perform(post("/surveys/" + id + "/questions").with(csrf()).session(viewer).param("type", "TEXT")
			.param("textId", "Hai")).andExpect(status().isForbidden());
		mvc.perform(post("/surveys/" + id + "/questions/q1/remove").with(csrf()).session(viewer))
			.andExpect(status().isForbidden());
		mvc.perform(post("/surveys/" + id + "/publish").with(csrf()).session(viewer)).andExpect(status().isForbidden());
		assertThat(survey(id).publishedVersion()).isNull();
	}

	@Test
	void showsAnotherWorkspacesSurveyAsNotFound() throws Exception {
		String email = "other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		WorkspaceId other = setup.create(new NewWorkspace("Lain " + email.substring(6, 14), "Budi", email, PASSWORD,
				null, null, null), "test");
		Actor theirOwner = new Actor(other, Role.OWNER, "owner", Optional.empty());
		UUID theirs = surveys.createFromTemplate(theirOwner, "hotel-stay", "").id().value();
		mvc.perform(get("/surveys/" + theirs).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/surveys/" + theirs + "/preview").session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/surveys/" + theirs + "/questions/q1").session(session)).andExpect(status().isNotFound());
		send(post("/surveys/" + theirs + "/publish")).andExpect(status().isNotFound());
		send(post("/surveys/" + theirs + "/questions/q1/remove")).andExpect(status().isNotFound());
		assertThat(surveys.get(theirOwner, new SurveyId(theirs)).publishedVersion()).isNull();
		mvc.perform(get("/surveys").session(session)).andExpect(content().string(not(containsString(theirs.toString()))));
	}

	private UUID blankSurvey() throws Exception {
		return created(send(post("/surveys").param("name", "Kunjungan").param("languages", "id,en")));
	}

	private org.springframework.test.web.servlet.ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).session(session));
	}

	private static UUID created(org.springframework.test.web.servlet.ResultActions result) {
		String location = result.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/surveys/");
		return UUID.fromString(location.substring("/surveys/".length()));
	}

	private Survey survey(UUID id) {
		return surveys.get(owner, new SurveyId(id));
	}

	private List<String> ids(UUID id) {
		return survey(id).draft().questions().stream().map(Question::id).toList();
	}

	private MockHttpSession signIn(String email) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andReturn().getRequest().getSession(false);
	}
}
