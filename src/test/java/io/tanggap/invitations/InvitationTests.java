package io.tanggap.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.tanggap.TestWorkspaces;
import io.tanggap.shared.WorkspaceId;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invitations end to end against a real SMTP server (GreenMail): uploading, sending, answering,
 * reminding, SMTP outages, fatigue, unsubscribing, bad rows and workspace isolation. The scheduled
 * sender is slowed down to once a day; tests call it with the time they need.
 */
@TestPropertySource(properties = { "tanggap.invitations.send-interval=PT24H", "tanggap.invitations.from=Kopi <halo@kopi.example>" })
abstract class InvitationTests {

	static final int SMTP_PORT = freePort();

	static final String SURVEY = """
			{"name": "Setelah kunjungan", "definition": {
			  "languages": ["id", "en"],
			  "title": {"id": "Kunjungan Anda", "en": "Your visit"},
			  "questions": [
			    {"id": "nps", "type": "NPS", "required": true, "role": "NPS",
			     "text": {"id": "Seberapa mungkin Anda merekomendasikan kami?", "en": "How likely are you to recommend us?"}}
			  ]}}""";

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	InvitationSender sender;

	GreenMail smtp;
	String key;
	WorkspaceId workspace;
	String survey;

	String ownerEmail;

	@BeforeEach
	void workspaceWithPublishedSurvey() throws Exception {
		// invitations left by earlier tests (same addresses) are nothing this test should send
		jdbc.sql("UPDATE survey_invitation SET next_attempt_at = NULL").update();
		smtp = startSmtp();
		newWorkspace();
	}

	void newWorkspace() throws Exception {
		TestWorkspaces.TestWorkspace created = workspaces.create();
		workspace = created.id();
		key = created.key();
		survey = publishedSurvey();
		ownerEmail = created.ownerEmail();
	}

	@AfterEach
	void stopSmtp() {
		smtp.stop();
	}

	@Test
	void mailsEachRecipientAPersonalLinkAndAnUnsubscribeLinkInTheirLanguage() throws Exception {
		upload("email,name,customer reference,language\nani@example.com,Ani,C-1,\nbob@example.com,Bob,C-2,en\n")
			.andExpect(status().isOk()).andExpect(jsonPath("$.queued").value(2)).andExpect(jsonPath("$.errors").isEmpty());
		assertThat(sender.sendDue(Instant.now())).isEqualTo(2);
		MimeMessage toAni = receivedBy("ani@example.com").get(0);
		MimeMessage toBob = receivedBy("bob@example.com").get(0);
		String aniToken = token("ani@example.com");
		assertThat(aniToken).matches("[A-Za-z0-9_-]{43}");
		assertThat(toAni.getSubject()).contains("bagaimana pengalaman Anda");
		assertThat(text(toAni)).startsWith("Halo Ani,")
			.contains("/s/" + survey + "?ch=email&k=" + aniToken, "/unsubscribe/" + aniToken);
		assertThat(toAni.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe/" + aniToken);
		assertThat(toBob.getSubject()).contains("how was your experience");
		assertThat(text(toBob)).contains("k=" + token("bob@example.com")).doesNotContain(aniToken);
		assertThat(state("ani@example.com")).isEqualTo("SENT");
		assertThat(sender.sendDue(Instant.now())).as("nothing sent twice").isZero();
	}

	@Test
	void remindsOnlyThoseWhoHaveNotAnsweredAndOnlyOnce() throws Exception {
		upload("email\nani@example.com\nbob@example.com\n").andExpect(status().isOk());
		Instant sent = Instant.now();
		sender.sendDue(sent);
		String token = token("ani@example.com");
		String link = "/s/" + survey + "?ch=email&k=" + token;
		assertThat(text(receivedBy("ani@example.com").get(0))).contains(link);
		mvc.perform(get(link)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + token + "\"")));
		mvc.perform(post("/s/" + survey).param("_key", token).param("ch", "email").param("q.nps", "9"))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> state("ani@example.com").equals("RESPONDED"));
		assertThat(sender.sendDue(sent.plus(Duration.ofDays(2)))).as("not yet due").isZero();
		assertThat(sender.sendDue(sent.plus(Duration.ofDays(4)))).isEqualTo(1);
		assertThat(sender.sendDue(sent.plus(Duration.ofDays(10)))).isZero();
		assertThat(receivedBy("ani@example.com")).hasSize(1);
		assertThat(receivedBy("bob@example.com")).hasSize(2).last()
			.satisfies(reminder -> assertThat(reminder.getSubject()).startsWith("Pengingat"));
	}

	@Test
	void keepsInvitationsQueuedWhileTheSmtpServerIsDownAndSendsThemWhenItIsBack() throws Exception {
		smtp.stop();
		upload("email\nani@example.com\n").andExpect(status().isOk());
		Instant now = Instant.now();
		assertThat(sender.sendDue(now)).isZero();
		assertThat(state("ani@example.com")).isEqualTo("QUEUED");
		assertThat(attempts("ani@example.com")).isEqualTo(1);
		smtp = startSmtp();
		assertThat(sender.sendDue(now)).as("waits for its back-off").isZero();
		assertThat(sender.sendDue(now.plus(Duration.ofMinutes(2)))).isEqualTo(1);
		assertThat(receivedBy("ani@example.com")).hasSize(1);
		assertThat(state("ani@example.com")).isEqualTo("SENT");
	}

	@Test
	void marksAnInvitationFailedAfterTenFailedAttempts() throws Exception {
		smtp.stop();
		upload("email\nani@example.com\n").andExpect(status().isOk());
		Instant now = Instant.now();
		for (int run = 0; run < 12; run++) {
			sender.sendDue(now.plus(Duration.ofMinutes(61L * run)));
		}
		assertThat(state("ani@example.com")).isEqualTo("FAILED");
		assertThat(attempts("ani@example.com")).isEqualTo(10);
		mvc.perform(get("/api/v1/surveys/" + survey + "/invitations").header("X-API-Key", key))
			.andExpect(jsonPath("$.counts.FAILED").value(1)).andExpect(jsonPath("$.invitations[0].lastError").isNotEmpty());
	}

	@Test
	void skipsContactsInvitedWithinTheFatiguePeriod() throws Exception {
		upload("email\nani@example.com\n").andExpect(jsonPath("$.queued").value(1));
		upload("email\nani@example.com\nbob@example.com\n").andExpect(jsonPath("$.queued").value(1))
			.andExpect(jsonPath("$.skipped[0].email").value("ani@example.com"))
			.andExpect(jsonPath("$.skipped[0].reason").value("SKIPPED_FATIGUE"));
		jdbc.sql("UPDATE survey_invitation SET created_at = ? WHERE workspace_id = ?")
			.params(Instant.now().minus(Duration.ofDays(31)).atOffset(java.time.ZoneOffset.UTC), workspace.value()).update();
		upload("email\nani@example.com\n").andExpect(jsonPath("$.queued").value(1));
		mvc.perform(get("/api/v1/surveys/" + survey + "/invitations").header("X-API-Key", key))
			.andExpect(jsonPath("$.counts.QUEUED").value(3)).andExpect(jsonPath("$.counts.SKIPPED_FATIGUE").value(1));
	}

	@Test
	void readsRecipientsFromAnExcelWorkbook() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			var sheet = workbook.createSheet("Pelanggan");
			String[][] rows = { { "Surel", "Nama", "Bahasa" }, { "ani@example.com", "Ani", "id" },
					{ "", "", "" }, { "bukan-alamat", "Budi", "id" }, { "cici@example.com", "Cici", "en" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
		mvc.perform(multipart("/api/v1/surveys/" + survey + "/invitations")
			.file(new MockMultipartFile("file", "pelanggan.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray()))
			.header("X-API-Key", key))
			.andExpect(status().isOk()).andExpect(jsonPath("$.queued").value(2))
			.andExpect(jsonPath("$.errors[0].row").value(4));
	}

	@Test
	void followsTheWorkspacesOwnFatigueRule() throws Exception {
		mvc.perform(get("/api/v1/invitation-rules").header("X-API-Key", key))
			.andExpect(jsonPath("$.fatigueDays").value(30)).andExpect(jsonPath("$.reminderDays").value(3));
		mvc.perform(put("/api/v1/invitation-rules").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fatigueDays\": 400, \"reminderDays\": 3}")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/invitation-rules"));
		mvc.perform(put("/api/v1/invitation-rules").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fatigueDays\": 0, \"reminderDays\": 5}")).andExpect(status().isOk());
		upload("email\nani@example.com\n").andExpect(jsonPath("$.queued").value(1));
		upload("email\nani@example.com\n").andExpect(jsonPath("$.queued").value(1));
		sender.sendDue(Instant.now());
		assertThat(jdbc.sql("SELECT next_attempt_at FROM survey_invitation WHERE workspace_id = ? AND state = 'SENT'")
			.param(workspace.value()).query(java.time.OffsetDateTime.class).list())
			.as("the reminder waits five days").allSatisfy(at -> assertThat(at.toInstant())
				.isAfter(Instant.now().plus(Duration.ofDays(4))).isBefore(Instant.now().plus(Duration.ofDays(6))));
	}

	@Test
	void honoursUnsubscribingForTheWorkspace() throws Exception {
		upload("email,language\nani@example.com,en\nbob@example.com,id\n").andExpect(status().isOk());
		String token = token("ani@example.com");
		mvc.perform(get("/unsubscribe/" + token)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No more survey invitations")));
		assertThat(state("ani@example.com")).as("opening the page changes nothing").isEqualTo("QUEUED");
		mvc.perform(post("/unsubscribe/" + token)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You will receive no more")));
		assertThat(state("ani@example.com")).isEqualTo("UNSUBSCRIBED");
		assertThat(sender.sendDue(Instant.now())).isEqualTo(1);
		assertThat(receivedBy("ani@example.com")).isEmpty();
		jdbc.sql("UPDATE survey_invitation SET created_at = ? WHERE workspace_id = ?")
			.params(Instant.now().minus(Duration.ofDays(90)).atOffset(java.time.ZoneOffset.UTC), workspace.value()).update();
		upload("email\nANI@example.com\n").andExpect(jsonPath("$.queued").value(0))
			.andExpect(jsonPath("$.skipped[0].reason").value("SKIPPED_UNSUBSCRIBED"));
		mvc.perform(get("/unsubscribe/not-a-token")).andExpect(status().isNotFound());
	}

	@Test
	void reportsBadRowsWithTheirRowNumbers() throws Exception {
		String csv = "surel;nama;bahasa\nani@example.com;Ani;id\nbukan-email;X;id\nANI@example.com;Ani lagi;id\ncici@example.com;Cici;fr\n"
				+ "dedi@example.com;Dedi;EN\n";
		upload(csv).andExpect(status().isOk()).andExpect(jsonPath("$.queued").value(2))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].row").value(3)).andExpect(jsonPath("$.errors[0].code").value("email-invalid"))
			.andExpect(jsonPath("$.errors[1].row").value(4)).andExpect(jsonPath("$.errors[1].code").value("recipient-duplicate"))
			.andExpect(jsonPath("$.errors[2].row").value(5)).andExpect(jsonPath("$.errors[2].code").value("language-unsupported"));
		assertThat(jdbc.sql("SELECT language FROM survey_invitation WHERE email = 'dedi@example.com' AND workspace_id = ?")
			.param(workspace.value()).query(String.class).single()).isEqualTo("en");
		upload("nama\nAni\n").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/recipients-no-email-column"));
	}

	@Test
	void refusesUploadsForADraftSurvey() throws Exception {
		String draft = json.readTree(mvc.perform(post("/api/v1/surveys").header("X-API-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(SURVEY)).andReturn().getResponse().getContentAsString())
			.get("id").asString();
		mvc.perform(multipart("/api/v1/surveys/" + draft + "/invitations").file(csv("email\nani@example.com\n"))
			.header("X-API-Key", key)).andExpect(status().isConflict());
	}

	@Test
	void hidesInvitationsFromOtherWorkspaces() throws Exception {
		upload("email\nani@example.com\n").andExpect(status().isOk());
		String mine = survey;
		String firstOwner = ownerEmail;
		newWorkspace();
		mvc.perform(get("/api/v1/surveys/" + mine + "/invitations").header("X-API-Key", key)).andExpect(status().isNotFound());
		mvc.perform(multipart("/api/v1/surveys/" + mine + "/invitations").file(csv("email\nx@example.com\n"))
			.header("X-API-Key", key)).andExpect(status().isNotFound());
		mvc.perform(get("/surveys/" + mine + "/invitations").session(signIn(ownerEmail))).andExpect(status().isNotFound());
		mvc.perform(get("/surveys/" + mine + "/invitations").session(signIn(firstOwner))).andExpect(status().isOk());
	}

	@Test
	void showsCampaignsWithCountsOnTheSurveysPage() throws Exception {
		MockHttpSession owner = signIn(ownerEmail);
		mvc.perform(multipart("/surveys/" + survey + "/invitations").file(csv("email\nani@example.com\nbukan\n"))
			.with(csrf()).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("1 undangan diantrekan, 0 dilewati, 1 baris ditolak.")));
		mvc.perform(get("/surveys/" + survey + "/invitations").session(owner))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Kampanye")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("recipients.csv")));
	}

	private MockHttpSession signIn(String email) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email)
			.param("password", "kata-sandi-panjang-1")).andReturn().getRequest().getSession(false);
	}

	private ResultActions upload(String csv) throws Exception {
		return mvc.perform(multipart("/api/v1/surveys/" + survey + "/invitations").file(csv(csv)).header("X-API-Key", key));
	}

	private static MockMultipartFile csv(String text) {
		return new MockMultipartFile("file", "recipients.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private String publishedSurvey() throws Exception {
		String created = mvc.perform(post("/api/v1/surveys").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(SURVEY)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/surveys/" + id + "/publish").header("X-API-Key", key)).andExpect(status().isOk());
		return id;
	}

	private String token(String email) {
		return column("token", email);
	}

	private String state(String email) {
		return column("state", email);
	}

	private int attempts(String email) {
		return Integer.parseInt(column("attempts", email));
	}

	private String column(String column, String email) {
		return jdbc.sql("SELECT " + column + " FROM survey_invitation WHERE workspace_id = ? AND email = ? ORDER BY created_at DESC LIMIT 1")
			.params(workspace.value(), email).query(String.class).single();
	}

	private List<MimeMessage> receivedBy(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(email);
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static String text(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	private static GreenMail startSmtp() {
		GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
