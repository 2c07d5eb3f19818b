package io.tanggap.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import io.tanggap.identity.Actor;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.survey.Choice;
import io.tanggap.survey.Condition;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.Survey;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/** The customer's side: the public survey page, without JavaScript, in the customer's language. */
abstract class RespondentPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	io.tanggap.TestWorkspaces workspaces;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	BranchDirectory branches;

	@Autowired
	JdbcClient jdbc;

	Actor owner;
	Survey survey;
	String path;

	@BeforeEach
	void publishedSurveyOfTenQuestions() {
		owner = workspaces.create().owner();
		survey = surveys.publish(owner, surveys.create(owner, "Kunjungan", tenQuestions()).id());
		path = "/s/" + survey.id();
	}

	@Test
	void showsTheSurveyInIndonesianByDefaultAndInEnglishOnRequest() throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"id\"")))
			.andExpect(content().string(containsString("Seberapa mungkin Anda merekomendasikan kami?")))
			.andExpect(content().string(containsString("Kirim jawaban")))
			.andExpect(header().doesNotExist("Set-Cookie"));
		mvc.perform(get(path).header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("How likely are you to recommend us?")));
		mvc.perform(get(path).param("lang", "id").header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Kirim jawaban")));
	}

	@Test
	void letsTheBusinessWebsiteShowThePageInItsWidget() throws Exception {
		mvc.perform(get(path)).andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
			.andExpect(header().doesNotExist("X-Frame-Options"));
		mvc.perform(get("/login")).andExpect(header().string("X-Frame-Options", "DENY"));
		byte[] widget = mvc.perform(get("/widget.js")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("javascript")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(widget.length).as("the widget stays small").isLessThan(4096);
		assertThat(new String(widget, java.nio.charset.StandardCharsets.UTF_8)).contains("ch: 'widget'", "localStorage");
		mvc.perform(post(path).param("_key", "widget-1").param("ch", "widget").param("q.nps", "8"))
			.andExpect(content().string(containsString("data-answered=\"true\"")));
	}

	@Test
	void givesTheCouponAfterAnswering() throws Exception {
		surveys.edit(owner, survey.id(), survey.name(), survey.draft().withCoupon("KOPI10"));
		surveys.publish(owner, survey.id());
		mvc.perform(post(path).param("_key", "coupon-1").param("q.nps", "9")).andExpect(status().isOk())
			.andExpect(content().string(containsString("KOPI10")))
			.andExpect(content().string(containsString("Tunjukkan kode ini di kasir")));
	}

	@Test
	void staysSmallForATenQuestionSurvey() throws Exception {
		int page = mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray().length;
		int css = mvc.perform(get("/css/respond.css")).andReturn().getResponse().getContentAsByteArray().length;
		int script = mvc.perform(get("/js/respond.js")).andReturn().getResponse().getContentAsByteArray().length;
		assertThat(page + css + script).as("bytes before compression").isLessThan(30 * 1024);
	}

	@Test
	void storesAnswersFromTheFormOnceWithWhereTheLinkWasShared() throws Exception {
		UUID branch = branches.add(owner, "Braga", "Bandung", null).id();
		var form = post(path).param("_key", "form-1").param("ch", "qr").param("b", branch.toString())
			.param("t", "meja").param("lang", "id").param("q.nps", "9").param("q.why", "speed")
			.param("q.comment", "<script>alert(1)</script> enak").param("q.consent", "yes");
		mvc.perform(form).andExpect(status().isOk()).andExpect(content().string(containsString("Terima kasih")));
		mvc.perform(form).andExpect(status().isOk());
		var stored = jdbc.sql("SELECT channel, branch_id, touchpoint, language FROM survey_response WHERE survey_id = ?")
			.param(survey.id().value()).query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4))).list();
		assertThat(stored).containsExactly(List.of("QR", branch.toString(), "meja", "id"));
		assertThat(jdbc.sql("SELECT question_id FROM answer a JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = ?")
			.param(survey.id().value()).query(String.class).list())
			.as("the answer to the hidden question is dropped").containsExactlyInAnyOrder("nps", "comment", "consent");
	}

	@Test
	void asksAgainForAMissingRequiredAnswerKeepingWhatWasTyped() throws Exception {
		mvc.perform(post(path).param("_key", "form-2").param("q.comment", "Lama banget"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Mohon jawab pertanyaan ini.")))
			.andExpect(content().string(containsString("Lama banget")));
		mvc.perform(post(path).param("_key", "form-3").param("q.nps", "12"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Pilih salah satu nilai yang tersedia.")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(survey.id().value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void keepsTheAnswersWhenTheLinkNamesAWrongBranch() throws Exception {
		mvc.perform(post(path).param("_key", "form-4").param("b", "not-a-branch").param("q.nps", "3"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND branch_id IS NULL")
			.param(survey.id().value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void saysWhenASurveyTakesNoAnswers() throws Exception {
		surveys.close(owner, survey.id());
		mvc.perform(get(path)).andExpect(status().isGone())
			.andExpect(content().string(containsString("Survei tidak tersedia")))
			.andExpect(content().string(not(containsString("Kirim jawaban"))));
		mvc.perform(post(path).param("_key", "x").param("q.nps", "9")).andExpect(status().isGone());
		mvc.perform(get("/s/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/s/not-a-uuid")).andExpect(status().isNotFound());
	}

	private static SurveyDefinition tenQuestions() {
		List<Question> questions = new java.util.ArrayList<>(List.of(
				new Question("nps", QuestionType.NPS, Text.of("Seberapa mungkin Anda merekomendasikan kami?",
						"How likely are you to recommend us?"), true, MetricRole.NPS, null, null),
				new Question("why", QuestionType.MULTIPLE_CHOICE, Text.of("Apa yang kurang?", "What fell short?"), false,
						null, List.of(new Choice("speed", Text.of("Kecepatan", "Speed")),
								new Choice("staff", Text.of("Keramahan", "Friendliness"))),
						new Condition("nps", Condition.Operator.LTE, 6, null)),
				new Question("csat", QuestionType.CSAT_5, Text.of("Seberapa puas Anda?", "How satisfied are you?"), false,
						MetricRole.CSAT, null, null),
				new Question("ces", QuestionType.CES, Text.of("Mudah memesan.", "Ordering was easy."), false,
						MetricRole.CES, null, null),
				new Question("right", QuestionType.CSAT_YES_NO, Text.of("Pesanan benar?", "Order right?"), false, null,
						null, null),
				new Question("clean", QuestionType.RATING_STARS, Text.of("Kebersihan", "Cleanliness"), false,
						MetricRole.DRIVER, null, null),
				new Question("speed", QuestionType.RATING_FACES, Text.of("Kecepatan", "Speed"), false, MetricRole.DRIVER,
						null, null),
				new Question("often", QuestionType.SINGLE_CHOICE, Text.of("Seberapa sering?", "How often?"), false, null,
						List.of(new Choice("first", Text.of("Pertama kali", "First time")),
								new Choice("weekly", Text.of("Tiap minggu", "Weekly"))), null),
				new Question("comment", QuestionType.TEXT, Text.of("Ceritakan lebih lanjut", "Tell us more"), false,
						null, null, null),
				new Question("consent", QuestionType.CONSENT, Text.of("Boleh kami hubungi?", "May we contact you?"),
						false, null, null, null)));
		return new SurveyDefinition(List.of("id", "en"), Text.of("Kunjungan Anda", "Your visit"), questions,
				Text.of("Terima kasih atas masukan Anda!", "Thank you!"));
	}
}
