package io.tanggap.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import io.tanggap.TestWorkspaces;
import io.tanggap.identity.Role;
import io.tanggap.identity.Team;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff see who was invited to a survey and what became of each invitation: states, times in the
 * workspace's zone, delivery problems in plain words, filters, paging, who may look, bad input.
 * The scheduled sender is slowed down to once a day, so states change only where a test sets them.
 */
@TestPropertySource(properties = "tanggap.invitations.send-interval=PT24H")
abstract class InvitationListTests {

	static final Instant ANSWERED = Instant.parse("2030-01-15T03:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Team team;

	TestWorkspaces.TestWorkspace workspace;
	String survey;
	MockHttpSession owner;

	/** Ani answered, Bob's invitation failed, Cici (with HTML in her name) is still queued. */
	@BeforeEach
	void invitedThree() throws Exception {
		workspace = workspaces.create();
		survey = publishedSurvey(workspace.key());
		upload("email,name\nani@example.com,Ani\nbob@example.com,Bob\ncici@example.com,<b>Cici</b>\n");
		jdbc.sql("UPDATE survey_invitation SET state = 'RESPONDED', sent_at = ?, responded_at = ? WHERE workspace_id = ? AND email = ?")
			.params(ANSWERED.minusSeconds(3600).atOffset(ZoneOffset.UTC), ANSWERED.atOffset(ZoneOffset.UTC),
					workspace.id().value(), "ani@example.com").update();
		jdbc.sql("UPDATE survey_invitation SET state = 'FAILED', attempts = 10, next_attempt_at = NULL, last_error = ? "
				+ "WHERE workspace_id = ? AND email = ?")
			.params("Mail server connection failed. Failed messages: <img src=x> Couldn't connect to host",
					workspace.id().value(), "bob@example.com").update();
		owner = signIn(workspace.ownerEmail());
	}

	@Test
	void showsEachInvitedRecipientWithItsStateTimesAndProblem() throws Exception {
		String page = page("", owner);
		assertThat(emails(page)).containsExactly("ani@example.com", "bob@example.com", "cici@example.com");
		assertThat(row(page, "ani@example.com")).contains("Sudah menjawab", "Ani", jakarta(ANSWERED))
			.doesNotContain("percobaan");
		assertThat(row(page, "bob@example.com")).contains("Gagal", "Server e-mail tidak dapat dihubungi.",
				"setelah 10 percobaan", "Detail teknis");
		assertThat(row(page, "cici@example.com")).contains("Antre").doesNotContain("percobaan");
		assertThat(page).contains("Menampilkan 1\u20133 dari 3 undangan", "Semua: 3", "Gagal: 1", "Antre: 1",
				"Sudah menjawab: 1", "Berhenti berlangganan: 0");
		String english = mvc.perform(get(list("")).session(owner).param("lang", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("All: 3", "The mail server could not be reached.", "Responded");
		assertThat(mvc.perform(get("/surveys/" + survey + "/invitations").session(owner)).andReturn().getResponse()
			.getContentAsString()).contains("href=\"/surveys/" + survey + "/invitations/list\"");
	}

	@Test
	void filtersByStateAndByAPieceOfTheAddress() throws Exception {
		assertThat(emails(page("?state=FAILED", owner))).containsExactly("bob@example.com");
		assertThat(emails(page("?state=responded", owner))).containsExactly("ani@example.com");
		assertThat(emails(page("?state=UNSUBSCRIBED", owner))).isEmpty();
		assertThat(page("?state=UNSUBSCRIBED", owner)).contains("Tidak ada undangan yang cocok.");
		String ani = page("?q=ANI", owner);
		assertThat(emails(ani)).containsExactly("ani@example.com");
		assertThat(ani).as("the counts follow the text").contains("Semua: 1", "Gagal: 0", "value=\"ani\"");
		assertThat(emails(page("?q=example.com&state=QUEUED", owner))).containsExactly("cici@example.com");
		assertThat(emails(page("?q=%25", owner))).as("% is a literal").isEmpty();
		assertThat(emails(page("?q=_", owner))).as("_ is a literal").isEmpty();
		assertThat(page("?state=FAILED", owner)).contains("<option value=\"FAILED\" selected=\"selected\">");
	}

	@Test
	void pagesFiftyAtATimeNewestFirstKeepingTheFilter() throws Exception {
		jdbc.sql("UPDATE survey_invitation SET created_at = ? WHERE workspace_id = ?")
			.params(Instant.now().minusSeconds(86_400).atOffset(ZoneOffset.UTC), workspace.id().value()).update();
		StringBuilder csv = new StringBuilder("email\n");
		for (int i = 0; i < 120; i++) {
			csv.append(String.format("r%03d@example.com%n", i));
		}
		upload(csv.toString());
		String first = page("", owner);
		assertThat(emails(first)).hasSize(50).startsWith("r000@example.com").endsWith("r049@example.com");
		assertThat(first).contains("Menampilkan 1\u201350 dari 123 undangan", "href=\"" + list("?page=1") + "\"")
			.doesNotContain("Sebelumnya");
		String last = page("?page=2", owner);
		assertThat(emails(last)).hasSize(23).startsWith("r100@example.com")
			.endsWith("ani@example.com", "bob@example.com", "cici@example.com");
		assertThat(last).contains("Menampilkan 101\u2013123 dari 123", "href=\"" + list("?page=1") + "\"")
			.doesNotContain("Berikutnya");
		String queued = page("?state=QUEUED&q=example&page=1", owner);
		assertThat(emails(queued)).hasSize(50).startsWith("r050@example.com");
		assertThat(queued).contains("Menampilkan 51\u2013100 dari 121",
				"href=\"" + list("?state=QUEUED&amp;q=example&amp;page=0") + "\"",
				"href=\"" + list("?state=QUEUED&amp;q=example&amp;page=2") + "\"");
	}

	@Test
	void takesAPageOutOfRangeAsTheNearestPage() throws Exception {
		assertThat(emails(page("?page=-3", owner))).hasSize(3);
		assertThat(emails(page("?page=7", owner))).hasSize(3);
		assertThat(emails(page("?page=2147483647", owner))).hasSize(3);
		assertThat(emails(page("?page=99999999999999999999", owner))).hasSize(3);
		assertThat(emails(page("?page=zwei", owner))).hasSize(3);
		assertThat(emails(page("?state=FAILED&page=5", owner))).containsExactly("bob@example.com");
	}

	@Test
	void saysWhenTheFilterCannotBeReadAndShowsEveryInvitation() throws Exception {
		String bounced = page("?state=BOUNCED", owner);
		assertThat(bounced).contains("Nilai filter state tidak valid.");
		assertThat(emails(bounced)).hasSize(3);
		String english = mvc.perform(get(list("?state=%3Cb%3E")).session(owner).param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("The filter value state is not valid.");
		assertThat(page("?q=" + "a".repeat(255), owner)).contains("q terlalu panjang (maksimal 254 karakter).");
	}

	@Test
	void escapesWhatRecipientsAndMailServersWrote() throws Exception {
		String page = page("", owner);
		assertThat(page).contains("&lt;b&gt;Cici&lt;/b&gt;", "&lt;img src=x&gt;")
			.doesNotContain("<b>Cici</b>", "<img src=x>");
	}

	@Test
	void letsEveryRoleOfTheWorkspaceLookAndNobodyElse() throws Exception {
		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(workspace.owner(), email, Role.VIEWER).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Vina", TestWorkspaces.PASSWORD);
		assertThat(emails(page("", signIn(email)))).hasSize(3);
		mvc.perform(get(list(""))).andExpect(status().is3xxRedirection());
		TestWorkspaces.TestWorkspace other = workspaces.create();
		MockHttpSession stranger = signIn(other.ownerEmail());
		mvc.perform(get(list("")).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get(list("?state=FAILED&page=1")).session(stranger)).andExpect(status().isNotFound());
		mvc.perform(get("/surveys/" + UUID.randomUUID() + "/invitations/list").session(owner)).andExpect(status().isNotFound());
	}

	private String page(String query, MockHttpSession session) throws Exception {
		return mvc.perform(get(list(query)).session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private String list(String query) {
		return "/surveys/" + survey + "/invitations/list" + query;
	}

	/** @return the addresses in the list's rows, in their order */
	private static List<String> emails(String page) {
		Matcher matcher = Pattern.compile("<td class=\"email\">([^<]*)</td>").matcher(page);
		List<String> emails = new ArrayList<>();
		while (matcher.find()) {
			emails.add(matcher.group(1));
		}
		return emails;
	}

	/** @return the table row of one address */
	private static String row(String page, String email) {
		int start = page.indexOf("<td class=\"email\">" + email + "</td>");
		assertThat(start).as("a row for " + email).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static String jakarta(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(Locale.forLanguageTag("id")).withZone(ZoneId.of("Asia/Jakarta")).format(instant);
	}

	private void upload(String csv) throws Exception {
		mvc.perform(multipart("/api/v1/surveys/" + survey + "/invitations")
			.file(new MockMultipartFile("file", "recipients.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.header("X-API-Key", workspace.key())).andExpect(status().isOk());
	}

	private MockHttpSession signIn(String email) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email)
			.param("password", TestWorkspaces.PASSWORD)).andReturn().getRequest().getSession(false);
	}

	private String publishedSurvey(String key) throws Exception {
		String created = mvc.perform(post("/api/v1/surveys").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(InvitationTests.SURVEY)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = json.readTree(created).get("id").asString();
		mvc.perform(post("/api/v1/surveys/" + id + "/publish").header("X-API-Key", key)).andExpect(status().isOk());
		return id;
	}
}
