package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

import io.tanggap.TestWorkspaces;
import io.tanggap.feedback.Channel;
import io.tanggap.feedback.FeedbackIntake;
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
 * The drivers page as a viewer sees it, on the answers of {@link SurveyDriversTests}: overall
 * satisfaction made mostly of the staff rating, which is rated low, so staff is the driver to fix
 * first; the responses analysed and left out; the chart's points and medians; the analysis's
 * warnings; and what cannot be analysed said on the page.
 */
abstract class DriversPageTests {

	private static final String OCTOBER = "period=custom&from=2026-10-01&to=2026-10-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	FeedbackIntake intake;

	@Autowired
	Team team;

	TestWorkspaces.TestWorkspace workspace;
	SurveyId survey;
	MockHttpSession viewer;

	@BeforeEach
	void answersAndAViewer() throws Exception {
		workspace = workspaces.create();
		survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan", new SurveyDefinition(
				List.of("id", "en"), Text.of("Kunjungan", "Visit"), List.of(
						new Question("overall", QuestionType.CSAT_10, Text.of("Puas secara umum?", "Satisfied overall?"), true,
								MetricRole.CSAT, null, null),
						new Question("staff", QuestionType.RATING_STARS, Text.of("Keramahan staf", "Staff"), false,
								MetricRole.DRIVER, null, null),
						new Question("clean", QuestionType.RATING_STARS, Text.of("Kebersihan", "Cleanliness"), false,
								MetricRole.DRIVER, null, null),
						new Question("parking", QuestionType.RATING_STARS, Text.of("Parkir", "Parking"), false,
								MetricRole.DRIVER, null, null)),
				null)).id()).id();
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 150; i++) {
			int staff = 1 + random.nextInt(3);
			int clean = 3 + random.nextInt(3);
			int parking = 1 + random.nextInt(5);
			int overall = Math.max(1, Math.min(10, 2 * staff + (clean - 3) / 2 + 1 + random.nextInt(2)));
			Map<String, Object> answers = new HashMap<>(Map.of("overall", overall, "staff", staff, "clean", clean));
			if (i % 10 != 0) {
				answers.put("parking", parking);
			}
			answer("d-" + i, "2026-10-15T03:00:00Z", answers);
		}
		// September: twenty complete answers, too few for three drivers to be read without a warning.
		for (int i = 0; i < 20; i++) {
			answer("s-" + i, "2026-09-15T03:00:00Z", Map.of("overall", 1 + random.nextInt(10), "staff", 1 + random.nextInt(5),
					"clean", 1 + random.nextInt(5), "parking", 1 + random.nextInt(5)));
		}
		viewer = viewer();
	}

	@Test
	void marksTheImportantDriverThatIsRatedLowToFixFirst() throws Exception {
		String page = page(OCTOBER + "&survey=" + survey);
		assertThat(page).contains("Dianalisis 135 tanggapan yang menjawab hasil dan semua pendorong.")
			.contains("15 tanggapan lain tidak diikutkan")
			.doesNotContain("dipilih secara acak")
			.containsPattern("R² = 0,[89]\\d \\(interval 95%: 0,\\d\\d–0,\\d\\d\\): bersama-sama, pendorong ini menjelaskan "
					+ "[89]\\d,\\d% variasi jawaban &quot;Puas secara umum\\?&quot;\\.");
		// Staff first, with the mark; parking last, without.
		Matcher rows = Pattern.compile("<tr[^>]*id=\"driver-row-(\\w+)\"").matcher(page);
		List<String> order = rows.results().map(r -> r.group(1)).toList();
		assertThat(order).containsExactly("staff", "clean", "parking");
		assertThat(page).containsPattern("<tr id=\"driver-row-staff\" class=\"fix-first\">\\s*<th scope=\"row\">Keramahan staf</th>")
			.contains("<strong class=\"mark fix\">Perbaiki dulu</strong>");
		assertThat(row(page, "clean")).doesNotContain("Perbaiki dulu");
		assertThat(row(page, "staff")).containsPattern("<td class=\"importance\">(9\\d|8\\d),\\d%</td>")
			.contains("(1–5)").containsPattern("\\(95%: \\d+,\\d–\\d+,\\d\\)");
		String charts = charts(page);
		assertThat(JsonPath.<List<String>>read(charts, "$.drivers.points[*].name")).containsExactly("Keramahan staf",
				"Kebersihan", "Parkir");
		assertThat(JsonPath.<List<Boolean>>read(charts, "$.drivers.points[*].fixFirst")).containsExactly(true, false, false);
		double staff = JsonPath.<Double>read(charts, "$.drivers.points[0].x");
		double medianX = ((Number) JsonPath.read(charts, "$.drivers.medianX")).doubleValue();
		double medianY = ((Number) JsonPath.read(charts, "$.drivers.medianY")).doubleValue();
		assertThat(staff).isGreaterThan(70).isGreaterThanOrEqualTo(medianX);
		assertThat(JsonPath.<Double>read(charts, "$.drivers.points[0].y")).isLessThan(medianY);
		assertThat(page).doesNotContain("Perhatikan");
	}

	@Test
	void offersTheSurveysScoredQuestionsWithTheDriversByRoleTicked() throws Exception {
		String page = page(OCTOBER + "&survey=" + survey);
		assertThat(page).containsPattern("value=\"staff\" checked=\"checked\"").containsPattern("value=\"parking\" checked=\"checked\"")
			.doesNotContainPattern("value=\"overall\" checked")
			.contains("<option value=\"overall\">Puas secara umum?</option>");
		String two = page(OCTOBER + "&survey=" + survey + "&outcome=overall&drivers=clean&drivers=parking");
		assertThat(two).containsPattern("value=\"staff\">").containsPattern("value=\"clean\" checked=\"checked\"")
			.contains("<option value=\"overall\" selected=\"selected\">");
		assertThat(Pattern.compile("id=\"driver-row-").matcher(two).results().count()).isEqualTo(2);
	}

	@Test
	void showsTheAnalysisWarningsUnderATranslatedHeading() throws Exception {
		String page = page("period=custom&from=2026-09-01&to=2026-09-30&survey=" + survey);
		assertThat(page).contains("<h2 id=\"warnings-title\">Perhatikan</h2>")
			.contains("<li lang=\"en\">Few rows: 20, fewer than 50.</li>")
			.contains("Dianalisis 20 tanggapan");
		String english = mvc.perform(get("/dashboard/drivers?period=custom&from=2026-09-01&to=2026-09-30&lang=en&survey="
				+ survey).session(viewer)).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Read with care", "Few rows: 20, fewer than 50.", "Analysed 20 responses");
	}

	@Test
	void asksForASurveyAndTakesTheLastTwelveMonthsUnlessToldOtherwise() throws Exception {
		String page = page("");
		assertThat(page).contains("Pilih survei lalu tampilkan untuk melihat pendorongnya.")
			.contains("<option value=\"last-12-months\" selected=\"selected\">")
			.contains("<a href=\"/dashboard/drivers\" aria-current=\"page\">Pendorong</a>")
			.doesNotContain("data-charts");
	}

	@Test
	void saysWhatCannotBeAnalysedOnThePage() throws Exception {
		Map<String, String> problems = Map.of(
				OCTOBER + "&survey=" + survey + "&outcome=nope", "Pertanyaan nope tidak ada atau tidak bernilai angka di survei ini.",
				OCTOBER + "&survey=" + survey + "&drivers=staff&drivers=staff", "Pertanyaan staff disebut dua kali",
				"period=custom&from=2020-01-01&to=2020-01-31&survey=" + survey, "Analisis pendorong tidak dapat dihitung: ",
				OCTOBER + "&survey=abc", "Nilai filter Survei tidak valid.",
				OCTOBER + "&survey=" + UUID.randomUUID(), "Survei tidak ditemukan.",
				"period=custom&from=2026-10-31&to=2026-10-01&survey=" + survey, "Periode terbalik");
		for (var problem : problems.entrySet()) {
			mvc.perform(get("/dashboard/drivers?" + problem.getKey()).session(viewer)).andExpect(status().isOk())
				.andExpect(content().string(containsString(HtmlUtils.htmlEscape(problem.getValue()))))
				.andExpect(content().string(containsString("class=\"alert error\"")))
				.andExpect(content().string(not(containsString("data-charts"))));
		}
	}

	@Test
	void sendsAnonymousPeopleToSignIn() throws Exception {
		mvc.perform(get("/dashboard/drivers")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private String page(String query) throws Exception {
		return mvc.perform(get("/dashboard/drivers?" + query).session(viewer)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	private static String row(String page, String question) {
		Matcher row = Pattern.compile("id=\"driver-row-" + question + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
		return row.find() ? row.group(1) : "";
	}

	private static String charts(String page) {
		Matcher charts = Pattern.compile("data-charts=\"([^\"]*)\"").matcher(page);
		assertThat(charts.find()).isTrue();
		return HtmlUtils.htmlUnescape(charts.group(1));
	}

	private void answer(String key, String at, Map<String, Object> answers) {
		intake.submit(workspace.id(), new Submission(survey, key, answers, Channel.QR, null, null, null, "id",
				Instant.parse(at), HiddenAnswers.REJECT));
	}

	private MockHttpSession viewer() throws Exception {
		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(workspace.owner(), email, Role.VIEWER).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Vina", TestWorkspaces.PASSWORD);
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email)
			.param("password", TestWorkspaces.PASSWORD)).andReturn().getRequest().getSession(false);
	}
}
