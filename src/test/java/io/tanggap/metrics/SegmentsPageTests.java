package io.tanggap.metrics;

import static io.tanggap.metrics.MetricsSurveys.AGE;
import static io.tanggap.metrics.MetricsSurveys.CES;
import static io.tanggap.metrics.MetricsSurveys.CSAT;
import static io.tanggap.metrics.MetricsSurveys.NPS;
import static io.tanggap.metrics.MetricsSurveys.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.Role;
import io.tanggap.identity.Team;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * The segments page as a viewer sees it: NPS, CSAT and CES by branch and by the answer to a choice
 * question with the right n, segments without answers said as such, the crosstab's cells, links to
 * the responses behind them, and what cannot be shown said on the page.
 */
abstract class SegmentsPageTests {

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
	BranchDirectory branches;

	@Autowired
	Team team;

	TestWorkspaces.TestWorkspace workspace;
	SurveyId survey;
	UUID kemang;
	UUID dago;
	MockHttpSession viewer;

	@BeforeEach
	void answersAndAViewer() throws Exception {
		workspace = workspaces.create();
		kemang = branches.add(workspace.owner(), "Kemang", "Jakarta", null).id();
		dago = branches.add(workspace.owner(), "Dago", "Bandung", null).id();
		branches.add(workspace.owner(), "Blok M", "Jakarta", null);
		survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan",
				visit(NPS, CSAT, CES, AGE)).id()).id();
		// October 2026. Kemang at the table, by QR: NPS 10, 10, 9, 3 → 3 promoters, 1 detractor of 4: 50.
		answer("k1", 10, 5, kemang, Channel.QR, "meja", "muda");
		answer("k2", 10, 5, kemang, Channel.QR, "meja", "muda");
		answer("k3", 9, 4, kemang, Channel.QR, "meja", "tua");
		answer("k4", 3, 2, kemang, Channel.QR, "meja", "tua");
		// Dago at the till, by link: 0, 6, 8 → 2 detractors of 3: -66.7; one gives no age.
		answer("d1", 0, 1, dago, Channel.LINK, "kasir", "tua");
		answer("d2", 6, 2, dago, Channel.LINK, "kasir", "tua");
		answer("d3", 8, 4, dago, Channel.LINK, "kasir", null);
		// No branch, no touchpoint: 9 → 100.
		answer("x1", 9, 5, null, Channel.QR, null, "muda");
		viewer = viewer();
	}

	@Test
	void showsEachBranchWithItsFiguresAndN() throws Exception {
		String page = page(OCTOBER);
		assertThat(page).contains("NPS, CSAT dan CES menurut cabang", "Periode Oktober 2026.");
		assertThat(line(page, "Kemang")).contains("50,0 ± ", "n = 4", "75,0 ± ").contains("class=\"low-n\"");
		assertThat(line(page, "Dago")).contains("-66,7 ± ", "n = 3", "33,3 ± ");
		assertThat(line(page, "Tanpa cabang")).contains("100,0 ± ", "n = 1");
		assertThat(line(page, "Blok M")).contains("Belum ada jawaban").doesNotContain("n =");
		// Every branch links to its responses; answers without a branch cannot be listed apart.
		assertThat(page).contains("<a href=\"/responses?from=2026-10-01&amp;to=2026-10-31&amp;branch=" + kemang + "\">Kemang</a>")
			.contains("<span>Tanpa cabang</span>");
		List<Object> values = JsonPath.read(charts(page), "$.segments.nps.values");
		assertThat(values).hasSize(3);
		assertThat(JsonPath.<List<String>>read(charts(page), "$.segments.nps.segments")).containsExactly("Dago", "Kemang",
				"Tanpa cabang");
		mvc.perform(get("/responses?from=2026-10-01&to=2026-10-31&branch=" + kemang).session(viewer))
			.andExpect(content().string(containsString("4 tanggapan")));
	}

	@Test
	void groupsByTheAnswerToAChoiceQuestion() throws Exception {
		String page = page(OCTOBER + "&by=question&survey=" + survey + "&question=usia");
		assertThat(page).contains("NPS, CSAT dan CES menurut jawaban atas &quot;Usia&quot;")
			.contains("<option value=\"usia\" selected=\"selected\">Usia</option>")
			.doesNotContain(">Puas?</option>");
		// Under 30: 10, 10, 9 → 100 of 3; 30 and over: 9, 3, 0, 6 → 1 promoter, 3 detractors of 4: -50.
		assertThat(line(page, "Di bawah 30")).contains("100,0 ± ", "n = 3");
		assertThat(line(page, "30 ke atas")).contains("-50,0 ± ", "n = 4");
		assertThat(line(page, "Tidak menjawab")).contains("0,0 ± ", "n = 1");
		assertThat(page).contains("Daftar tanggapan belum dapat disaring menurut titik layanan atau jawaban");
		// Without a question named, the survey's first choice question.
		assertThat(page(OCTOBER + "&by=question&survey=" + survey)).contains("<option value=\"usia\" selected=\"selected\">");
		String english = mvc.perform(get("/dashboard/segments?" + OCTOBER + "&by=question&survey=" + survey
				+ "&question=usia&lang=en").session(viewer)).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("NPS, CSAT and CES by the answer to &quot;Age&quot;", "Under 30", "Not answered");
	}

	@Test
	void crossesTwoDimensionsWithOneFigurePerCell() throws Exception {
		String page = page(OCTOBER + "&rows=branch&columns=touchpoint&figure=nps");
		String crosstab = page.substring(page.indexOf("<table class=\"crosstab\">"));
		assertThat(crosstab).containsPattern("<th scope=\"col\">kasir</th>\\s*<th scope=\"col\">meja</th>\\s*"
				+ "<th scope=\"col\">Tanpa titik layanan</th>");
		assertThat(crossRow(crosstab, "Kemang")).containsPattern("—.*50,0.*n = 4.*—");
		assertThat(crossRow(crosstab, "Dago")).containsPattern("-66,7.*n = 3.*—.*—");
		assertThat(crossRow(crosstab, "Tanpa cabang")).containsPattern("—.*—.*100,0.*n = 1");
		assertThat(page).contains("Tabulasi silang: Cabang × Titik layanan, NPS").contains("<td class=\"low-n\">");
		// Branch by channel: both filter the responses list, so each cell links to its responses.
		String byChannel = page(OCTOBER + "&rows=branch&columns=channel&figure=csat");
		assertThat(byChannel).contains("Tabulasi silang: Cabang × Kanal, CSAT (%)")
			.contains("href=\"/responses?from=2026-10-01&amp;to=2026-10-31&amp;branch=" + kemang + "&amp;channel=QR\"")
			.contains(">75,0</a>");
	}

	@Test
	void saysWhatCannotBeShownOnThePage() throws Exception {
		Map<String, String> problems = Map.of(
				OCTOBER + "&by=question", "Survei wajib diisi.",
				OCTOBER + "&by=question&survey=" + survey + "&question=nps", "Pertanyaan nps bukan pertanyaan pilihan di survei ini.",
				OCTOBER + "&rows=branch&columns=branch", "bukan Cabang dan Cabang.",
				OCTOBER + "&rows=question&columns=branch", "bukan Jawaban atas pertanyaan dan Cabang.",
				OCTOBER + "&by=umur", "Nilai filter Kelompokkan menurut tidak valid.",
				OCTOBER + "&figure=skor", "Nilai filter Angka di sel tidak valid.",
				OCTOBER + "&branch=abc", "Nilai filter Cabang tidak valid.",
				OCTOBER + "&survey=" + UUID.randomUUID(), "Survei tidak ditemukan.");
		for (var problem : problems.entrySet()) {
			mvc.perform(get("/dashboard/segments?" + problem.getKey()).session(viewer)).andExpect(status().isOk())
				.andExpect(content().string(containsString(problem.getValue())))
				.andExpect(content().string(containsString("class=\"alert error\"")));
		}
		// A problem of one section leaves the other one shown.
		assertThat(page(OCTOBER + "&rows=branch&columns=branch")).contains("NPS, CSAT dan CES menurut cabang");
	}

	@Test
	void isATabOfTheDashboardAndNeedsSigningIn() throws Exception {
		String dashboard = mvc.perform(get("/dashboard").session(viewer)).andReturn().getResponse().getContentAsString();
		assertThat(dashboard).contains("<a href=\"/dashboard/segments\">Segmen</a>", "<a href=\"/dashboard/drivers\">Pendorong</a>")
			.contains("<a href=\"/dashboard\" aria-current=\"page\">Ringkasan</a>");
		assertThat(page("")).contains("<a href=\"/dashboard/segments\" aria-current=\"page\">Segmen</a>");
		mvc.perform(get("/dashboard/segments")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private String page(String query) throws Exception {
		return mvc.perform(get("/dashboard/segments?" + query).session(viewer)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	/** @return the segments table's line of this segment, from its name to its end */
	private static String line(String page, String name) {
		String table = page.substring(page.indexOf("<table class=\"segments\">"), page.indexOf("</table>",
				page.indexOf("<table class=\"segments\">")));
		Matcher line = Pattern.compile(">" + Pattern.quote(name) + "</(?:a|span)></th>(.*?)</tr>", Pattern.DOTALL)
			.matcher(table);
		return line.find() ? line.group(1) : "";
	}

	private static String crossRow(String crosstab, String name) {
		Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(name) + "</th>(.*?)</tr>", Pattern.DOTALL)
			.matcher(crosstab);
		return row.find() ? row.group(1).replaceAll("\\s+", " ") : "";
	}

	private static String charts(String page) {
		Matcher charts = Pattern.compile("data-charts=\"([^\"]*)\"").matcher(page);
		assertThat(charts.find()).isTrue();
		return HtmlUtils.htmlUnescape(charts.group(1));
	}

	private void answer(String key, int nps, int csat, UUID branch, Channel channel, String touchpoint, String age) {
		Map<String, Object> answers = new HashMap<>(Map.of("nps", nps, "csat", csat));
		if (age != null) {
			answers.put("usia", age);
		}
		intake.submit(workspace.id(), new Submission(survey, key, answers, channel, branch, touchpoint, null, "id",
				Instant.parse("2026-10-10T03:00:00Z"), HiddenAnswers.REJECT));
	}

	private MockHttpSession viewer() throws Exception {
		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(workspace.owner(), email, Role.VIEWER).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Vina", TestWorkspaces.PASSWORD);
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email)
			.param("password", TestWorkspaces.PASSWORD)).andReturn().getRequest().getSession(false);
	}
}
