package io.tanggap.metrics;

import static io.tanggap.metrics.MetricsSurveys.CES;
import static io.tanggap.metrics.MetricsSurveys.CSAT;
import static io.tanggap.metrics.MetricsSurveys.NPS;
import static io.tanggap.metrics.MetricsSurveys.visit;
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
 * The owner's dashboard as a viewer sees it: the figures of the answers posted with n, margin,
 * low-n warning and a change marked significant only when it is; the monthly table; the branches
 * ranked; links to the responses behind each number; bad filters said on the page.
 */
abstract class DashboardTests {

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
		survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan",
				visit(NPS, CSAT, CES)).id()).id();
		// October 2026 (Jakarta): NPS 10, 9, 9, 8, 7, 3 and one at 23:30 on the 31st: 4 promoters and
		// 1 detractor of 7, NPS 42.857. November: 10, 9, 0, 6: NPS 0 of 4.
		int[] october = { 10, 9, 9, 8, 7, 3 };
		for (int i = 0; i < october.length; i++) {
			answer("okt-" + i, "2026-10-0" + (i + 1) + "T03:00:00Z", october[i], 4 + i % 2, 6, i < 3 ? kemang : null);
		}
		answer("late", "2026-10-31T16:30:00Z", 10, 5, 7, null);
		int[] november = { 10, 9, 0, 6 };
		for (int i = 0; i < november.length; i++) {
			answer("nov-" + i, "2026-11-0" + (i + 1) + "T03:00:00Z", november[i], 2, 3, null);
		}
		viewer = viewer();
	}

	@Test
	void showsEachFigureWithItsMarginNAndAChangeThatIsNotSignificant() throws Exception {
		String page = page("period=custom&from=2026-11-01&to=2026-11-30");
		assertThat(page).contains("Periode November 2026, dibandingkan dengan Oktober 2026.")
			.contains("<span class=\"value\">0,0</span>", "<span class=\"value\">0,0%</span>",
					"<span class=\"value\">3,00</span>")
			.contains("n = 4 · interval 95%")
			.contains("Terlalu sedikit jawaban")
			// NPS 42.857 → 0; CES 6.143 → 3 has p < 0.05, but from four answers: neither is marked significant.
			.contains("-42,9 poin dibandingkan dengan Oktober 2026 (n = 7)")
			.contains("-3,14 dibandingkan dengan Oktober 2026 (n = 7)")
			.contains("tidak signifikan")
			.doesNotContain("<strong>signifikan</strong>")
			.contains("CSAT top-2-box: % yang menjawab 4 atau 5 pada skala 1–5.")
			.contains("href=\"/dashboard\"");
	}

	@Test
	void marksASignificantChangeAsSignificant() throws Exception {
		// August: 30 × 10 and 10 × 8 (NPS 75 of 40); September: 20 × 3 and 20 × 9 (NPS 0 of 40).
		for (int i = 0; i < 40; i++) {
			answer("aug-" + i, "2026-08-10T03:00:00Z", i < 30 ? 10 : 8, 5, 7, kemang);
			answer("sep-" + i, "2026-09-10T03:00:00Z", i < 20 ? 3 : 9, i < 20 ? 2 : 4, i < 20 ? 2 : 4, kemang);
		}
		String page = page("from=2026-09-01&to=2026-09-30");
		assertThat(page).contains("Periode September 2026, dibandingkan dengan Agustus 2026.")
			.contains("-75,0 poin dibandingkan dengan Agustus 2026 (n = 40)")
			.contains("<strong>signifikan</strong>")
			.doesNotContain("tidak signifikan")
			.doesNotContain("class=\"warning\"");
	}

	@Test
	void showsTheMonthlyTableWithNInEveryCellAndGapsInTheTrend() throws Exception {
		String page = page("from=2026-11-01&to=2026-11-30");
		assertThat(page).containsPattern("<th scope=\"col\">Bulan</th>\\s*<th scope=\"col\">CSAT \\(%\\)</th>\\s*"
				+ "<th scope=\"col\">NPS</th>\\s*<th scope=\"col\">CES</th>");
		assertThat(row(page, "Okt 2026")).contains("<span>100,0</span>", "<span>42,9</span>", "<span>6,14</span>",
				"n = 7");
		assertThat(row(page, "Nov 2026")).contains("<span>0,0</span>", "<span>3,00</span>", "n = 4");
		assertThat(row(page, "Sep 2026")).contains("—").doesNotContain("n =");
		assertThat(row(page, "Des 2025")).isNotEmpty();
		String charts = charts(page);
		List<Object> nps = JsonPath.read(charts, "$.trends.nps.values");
		assertThat(nps).hasSize(12);
		assertThat(nps.get(9)).isNull(); // September: a gap, not a zero
		assertThat(((Number) nps.get(10)).doubleValue()).isEqualTo(42.9);
		assertThat(((Number) nps.get(11)).doubleValue()).isEqualTo(0.0);
		assertThat(JsonPath.<List<Object>>read(charts, "$.trends.nps.low").get(9)).isNull();
		assertThat(JsonPath.<List<Integer>>read(charts, "$.distributions.nps.counts")).containsExactly(1, 0, 0, 0, 0, 0, 1,
				0, 0, 1, 1);
	}

	@Test
	void ranksTheBranchesAndHighlightsOneSignificantlyBelow() throws Exception {
		for (int i = 0; i < 40; i++) {
			answer("dago-" + i, "2026-10-20T03:00:00Z", 2, 1, 2, dago);
		}
		for (int i = 0; i < 35; i++) {
			answer("kemang-" + i, "2026-10-21T03:00:00Z", 10, 5, 7, kemang);
		}
		String page = page("period=custom&from=2026-10-01&to=2026-10-31");
		assertThat(page).contains("metode Holm").contains("id=\"ranking-nps\"");
		String nps = page.substring(page.indexOf("id=\"ranking-nps\""), page.indexOf("</table>", page.indexOf("id=\"ranking-nps\"")));
		assertThat(nps).containsPattern("<tr class=\"above\">\\s*<th scope=\"row\"><a href=\"[^\"]*branch=" + kemang
				+ "\">Kemang</a>")
			.containsPattern("<tr class=\"below\">\\s*<th scope=\"row\"><a href=\"[^\"]*branch=" + dago + "\">Dago</a>")
			.contains("-100,0 ± ", "Di bawah cabang lain", "Di atas cabang lain");
	}

	@Test
	void linksEveryNumberToTheResponsesBehindIt() throws Exception {
		String query = "from=2026-11-01&to=2026-11-30&survey=" + survey + "&channel=qr";
		String page = page(query);
		String responses = "/responses?from=2026-11-01&amp;to=2026-11-30&amp;survey=" + survey + "&amp;channel=QR";
		assertThat(page).contains("<a class=\"drill\" href=\"" + responses + "\">Lihat tanggapan</a>")
			.contains("href=\"/responses?from=2026-10-01&amp;to=2026-10-31&amp;survey=" + survey + "&amp;channel=QR\">Okt 2026</a>");
		// The list behind the cards counts the same four responses (the one late on 31 October is October's).
		mvc.perform(get(HtmlUtils.htmlUnescape(responses)).session(viewer)).andExpect(status().isOk())
			.andExpect(content().string(containsString("4 tanggapan")));
	}

	@Test
	void saysWhatIsWrongWithABadFilterOnThePage() throws Exception {
		Map<String, String> problems = Map.of(
				"period=custom&from=2026-11-30&to=2026-11-01", "Periode terbalik: 30 Nov 2026 sesudah 1 Nov 2026.",
				"from=2000-01-01&to=2026-11-01", "Periode terlalu panjang",
				"from=2026-11-01&to=2026-11-30&branch=" + UUID.randomUUID(), "tidak ada di ruang kerja ini",
				"from=2026-11-01&to=2026-11-30&branch=abc", "Nilai filter Cabang tidak valid.",
				"channel=FAX", "Nilai filter Kanal tidak valid.",
				"period=custom&from=2026-11-01", "Sampai tanggal wajib diisi.",
				"period=kemarin", "Nilai filter Periode tidak valid.",
				"from=2026-11-01&to=2026-11-30&survey=" + UUID.randomUUID(), "Survei tidak ditemukan.",
				"touchpoint=" + "m".repeat(101), "Titik layanan terlalu panjang (maksimal 100 karakter).");
		for (var problem : problems.entrySet()) {
			mvc.perform(get("/dashboard?" + problem.getKey()).session(viewer)).andExpect(status().isOk())
				.andExpect(content().string(containsString(problem.getValue())))
				.andExpect(content().string(containsString("class=\"alert error\"")))
				.andExpect(content().string(not(containsString("data-charts"))));
		}
		assertThat(page("from=2026-11-30&to=2026-11-01")).contains("value=\"2026-11-30\"");
	}

	@Test
	void speaksEnglishAndStartsWithThisMonth() throws Exception {
		String page = mvc.perform(get("/dashboard?from=2026-11-01&to=2026-11-30&lang=en").session(viewer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Period November 2026, compared with October 2026.", "Too few answers",
				"-42.9 points compared with October 2026 (n = 7)", "not significant");
		assertThat(mvc.perform(get("/dashboard?from=2026-10-01&to=2026-10-31&lang=en").session(viewer)).andReturn()
			.getResponse().getContentAsString()).contains("Holm&#39;s method", "Kemang");
		assertThat(page("")).contains("<option value=\"this-month\" selected=\"selected\">");
	}

	@Test
	void sendsAnonymousPeopleToSignIn() throws Exception {
		mvc.perform(get("/dashboard")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private String page(String query) throws Exception {
		return mvc.perform(get("/dashboard?" + query).session(viewer)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** @return the monthly table's row of this month, from its heading cell to its end */
	private static String row(String page, String month) {
		Matcher row = Pattern.compile(">" + month + "</a></th>(.*?)</tr>", Pattern.DOTALL).matcher(page);
		return row.find() ? row.group(1) : "";
	}

	private static String charts(String page) {
		Matcher charts = Pattern.compile("data-charts=\"([^\"]*)\"").matcher(page);
		assertThat(charts.find()).isTrue();
		return HtmlUtils.htmlUnescape(charts.group(1));
	}

	private void answer(String key, String at, int nps, int csat, int ces, UUID branch) {
		Map<String, Object> answers = new HashMap<>(Map.of("nps", nps, "csat", csat, "ces", ces));
		intake.submit(workspace.id(), new Submission(survey, key, answers, Channel.QR, branch, "meja", null, "id",
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
