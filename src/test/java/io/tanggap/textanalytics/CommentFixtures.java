package io.tanggap.textanalytics;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import io.tanggap.TestWorkspaces;
import io.tanggap.feedback.Channel;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.feedback.ResponseId;
import io.tanggap.feedback.Submission;
import io.tanggap.identity.Role;
import io.tanggap.identity.Team;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/**
 * A workspace of its own with a published survey (NPS, CSAT 1–5 and an open comment), and ways to
 * answer it and to wait until text analytics has read the answers' comments.
 */
abstract class CommentFixtures {

	static final Question NPS = new Question("nps", QuestionType.NPS, Text.of("Rekomendasi?", "Recommend?"), false,
			MetricRole.NPS, null, null);
	static final Question CSAT = new Question("csat", QuestionType.CSAT_5, Text.of("Puas?", "Satisfied?"), false,
			MetricRole.CSAT, null, null);
	static final Question COMMENT = new Question("komentar", QuestionType.TEXT, Text.of("Komentar", "Comment"), false,
			MetricRole.NONE, null, null);
	/** Long enough for every test to be read in a whole test run on a busy machine. */
	static final Duration READING = Duration.ofSeconds(60);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	FeedbackIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Team team;

	TestWorkspaces.TestWorkspace workspace;
	SurveyId survey;

	@BeforeEach
	void aSurveyWithComments() {
		workspace = workspaces.create();
		survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan",
				new SurveyDefinition(List.of("id", "en"), Text.of("Kunjungan", "Visit"), List.of(NPS, CSAT, COMMENT), null))
			.id()).id();
	}

	/** Answers the survey (outside a transaction: through the shared commit, as the API does). */
	ResponseId respond(String key, Integer nps, Integer csat, String comment, Instant at) {
		Map<String, Object> answers = new HashMap<>();
		if (nps != null) {
			answers.put("nps", nps);
		}
		if (csat != null) {
			answers.put("csat", csat);
		}
		if (comment != null) {
			answers.put("komentar", comment);
		}
		return intake.submit(workspace.id(), new Submission(survey, key, answers, Channel.QR, null, null, null, "id", at,
				HiddenAnswers.REJECT)).response();
	}

	/** Waits until each response's comment has been read (for the taxonomy's current revision). */
	void awaitReading(ResponseId... responses) {
		await("comments read").atMost(READING).until(() -> {
			for (ResponseId response : responses) {
				if (readings(response) == 0) {
					return false;
				}
			}
			return true;
		});
	}

	long readings(ResponseId response) {
		return jdbc.sql("SELECT COUNT(*) FROM comment_analysis WHERE response_id = ?").param(response.value())
			.query(Long.class).single();
	}

	MockHttpSession signIn(Role role) throws Exception {
		String email = role.key() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(workspace.owner(), email, role).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Staf", TestWorkspaces.PASSWORD);
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email)
			.param("password", TestWorkspaces.PASSWORD)).andReturn().getRequest().getSession(false);
	}
}
