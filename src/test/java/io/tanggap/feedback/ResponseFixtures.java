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

/**
 * A workspace whose owner is signed in, with two published surveys, a branch and four responses in March 2026:
 * {@code late} (10th, 23:30 WIB), {@code afterMidnight} (11th, 00:30 WIB), {@code early} (9th) and
 * {@code other} (10th, another survey).
 */
abstract class ResponseFixtures {

	static final String PASSWORD = "kata-sandi-panjang-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceSetup setup;

	@Autowired
	ApiKeyManagement keys;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	BranchDirectory branches;

	@Autowired
	FeedbackIntake intake;

	@Autowired
	Team team;

	Actor owner;
	String key;
	MockHttpSession session;
	SurveyId visit;
	SurveyId delivery;
	UUID sudirman;
	String late;
	String afterMidnight;
	String early;
	String other;

	@BeforeEach
	void fourResponses() throws Exception {
		String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		WorkspaceId workspace = setup.create(new NewWorkspace("Kopi " + email.substring(6, 14), "Ani", email, PASSWORD,
				null, null, null), "test");
		owner = new Actor(workspace, Role.OWNER, "owner", Optional.empty());
		key = keys.createForBootstrap(workspace, "test").key();
		session = signIn(email);
		visit = publishedSurvey(owner, "Kunjungan");
		delivery = publishedSurvey(owner, "Pesan antar");
		sudirman = branches.add(owner, "Sudirman", "Jakarta", null).id();
		late = submit(visit, "2026-03-10T23:30:00+07:00", 9, "Kopinya 100% enak", Channel.QR, sudirman, "kasir");
		afterMidnight = submit(visit, "2026-03-11T00:30:00+07:00", 3, "Pelayanan_lambat", Channel.WHATSAPP, null, null);
		early = submit(visit, "2026-03-09T10:00:00+07:00", 6, "=1+2", Channel.LINK, null, "-meja");
		other = submit(delivery, "2026-03-10T08:00:00+07:00", 10, "<b>mantap</b>", Channel.QR, null, null);
	}

	List<String> found(String query) throws Exception {
		var request = get("/api/v1/responses").header("X-API-Key", key);
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
			}
		}
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.responses[*].id");
	}

	ResultActions api(String path) throws Exception {
		return mvc.perform(get(path).header("X-API-Key", key));
	}

	void problem(String query, String code) throws Exception {
		api("/api/v1/responses?" + query).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("/problems/" + code));
		api("/api/v1/responses/export.xlsx?" + query).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("/problems/" + code));
	}

	String submit(SurveyId survey, String at, int nps, String comment, Channel channel, UUID branch,
			String touchpoint) {
		Map<String, Object> answers = survey.equals(visit) ? Map.of("nps", nps, "like", "c1", "comment", comment)
				: Map.of("nps", nps, "comment", comment);
		return intake.submit(owner.workspace(), new Submission(survey, UUID.randomUUID().toString(), answers, channel,
				branch, touchpoint, null, "id", OffsetDateTime.parse(at).toInstant(), null)).response().toString();
	}

	SurveyId publishedSurvey(Actor actor, String name) {
		List<Question> questions = new java.util.ArrayList<>(List.of(
				new Question("nps", QuestionType.NPS, Text.of("Seberapa mungkin Anda merekomendasikan kami?",
						"How likely are you to recommend us?"), true, MetricRole.NPS, null, null),
				new Question("comment", QuestionType.TEXT, Text.of("Ceritakan lebih lanjut", "Tell us more"), false,
						MetricRole.NONE, null, null)));
		if (name.equals("Kunjungan")) {
			questions.add(1, new Question("like", QuestionType.SINGLE_CHOICE, Text.of("Apa yang Anda sukai?",
					"What did you like?"), false, MetricRole.NONE, List.of(new Choice("c1", Text.of("Kopi", "Coffee")),
							new Choice("c2", Text.of("Pelayanan", "Service"))), null));
		}
		SurveyDefinition definition = new SurveyDefinition(List.of("id", "en"), Text.of(name, name), questions,
				Text.of("Terima kasih", "Thank you"));
		SurveyId id = surveys.create(actor, name, definition).id();
		surveys.publish(actor, id);
		return id;
	}

	MockHttpSession signIn(String email) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andReturn().getRequest().getSession(false);
	}
}
