package io.tanggap.metrics;

import static io.tanggap.metrics.MetricsSurveys.CES;
import static io.tanggap.metrics.MetricsSurveys.NPS;
import static io.tanggap.metrics.MetricsSurveys.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
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

import com.jayway.jsonpath.JsonPath;

import io.tanggap.TestWorkspaces;
import io.tanggap.feedback.Channel;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.feedback.Submission;
import io.tanggap.identity.Role;
import io.tanggap.identity.Team;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * Each figure against the same local days one year earlier, on {@code /api/v1/metrics} and on the
 * dashboard's cards: the difference, and "significant" only when p < 0.05 and neither figure is
 * from too few answers.
 */
abstract class YearOnYearTests {

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
	int posted;

	@BeforeEach
	void answers() {
		workspace = workspaces.create();
		survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan",
				visit(NPS, CES)).id()).id();
		// October 2026 (Jakarta): NPS 10, 9, 9, 8, 7, 3 and a 10 at 23:30 on the 31st → 4 promoters and
		// 1 detractor of 7, NPS 42.857; CES six 6s and a 7, mean 6.143.
		int[] october = { 10, 9, 9, 8, 7, 3 };
		for (int i = 0; i < october.length; i++) {
			answer("2026-10-0" + (i + 1) + "T03:00:00Z", october[i], 6);
		}
		answer("2026-10-31T16:30:00Z", 10, 7);
		// October 2025: 10, 0, 0 → NPS −33.333 of 3; CES 2, 3, 4, mean 3. One answer at 23:30 on
		// 30 September 2025 Jakarta time (16:30 UTC) is September's, not October's.
		answer("2025-10-05T03:00:00Z", 10, 2);
		answer("2025-10-06T03:00:00Z", 0, 3);
		answer("2025-10-31T03:00:00Z", 0, 4);
		answer("2025-09-30T16:30:00Z", 10, 7);
	}

	@Test
	void comparesEachFigureWithTheSameDaysLastYear() throws Exception {
		mvc.perform(api("/api/v1/metrics?from=2026-10-01&to=2026-10-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.previous.from").value("2026-09-01"))
			.andExpect(jsonPath("$.lastYearPeriod.from").value("2025-10-01"))
			.andExpect(jsonPath("$.lastYearPeriod.to").value("2025-10-31"))
			// 42.857 − (−33.333) = 76.190
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].lastYear.difference").value(hasItem(closeTo(76.19048, 1e-4))))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].lastYear.previousN").value(hasItem(3)))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].lastYear.significant").value(hasItem(false)))
			// CES 6.143 − 3 = 3.143 with p far below 0.05, but from 7 and 3 answers: not significant.
			.andExpect(jsonPath("$.figures[?(@.key=='ces7_mean')].lastYear.difference").value(hasItem(closeTo(3.142857, 1e-5))))
			.andExpect(result -> assertThat(((Number) JsonPath.<List<Object>>read(result.getResponse().getContentAsString(),
					"$.figures[?(@.key=='ces7_mean')].lastYear.pValue").get(0)).doubleValue()).isLessThan(0.001))
			.andExpect(jsonPath("$.figures[?(@.key=='ces7_mean')].lastYear.significant").value(hasItem(false)))
			// No answers in September 2026: no change from the previous month, but one from last year.
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].change").doesNotExist());
		// A custom period: the same days, also across a month's end.
		mvc.perform(api("/api/v1/metrics?from=2026-09-30&to=2026-10-05"))
			.andExpect(jsonPath("$.lastYearPeriod.from").value("2025-09-30"))
			.andExpect(jsonPath("$.lastYearPeriod.to").value("2025-10-05"))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].lastYear.previousN").value(hasItem(2)));
		// Nothing a year before: no lastYear.
		mvc.perform(api("/api/v1/metrics?from=2025-10-01&to=2025-10-31"))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].n").value(hasItem(3)))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].lastYear").doesNotExist());
	}

	@Test
	void marksAChangeFromLastYearSignificantOnlyWhenItIs() throws Exception {
		// March 2025: 40 detractors (NPS −100); March 2026: 40 promoters (NPS 100).
		for (int i = 0; i < 40; i++) {
			answer("2025-03-10T03:00:00Z", 3, 2);
			answer("2026-03-10T03:00:00Z", 10, 7);
		}
		mvc.perform(api("/api/v1/metrics?from=2026-03-01&to=2026-03-31"))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].lastYear.difference").value(hasItem(closeTo(200.0, 1e-9))))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].lastYear.significant").value(hasItem(true)))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].lastYear.previousN").value(hasItem(40)));
		String page = dashboard("from=2026-03-01&to=2026-03-31");
		assertThat(lastYearLine(page, "nps")).contains("vs tahun lalu: +200,0 poin dibandingkan dengan Maret 2025 (n = 40)")
			.contains("<strong>signifikan</strong>");
	}

	@Test
	void showsTheChangeFromLastYearOnTheCards() throws Exception {
		String page = dashboard("period=custom&from=2026-10-01&to=2026-10-31");
		assertThat(lastYearLine(page, "nps")).contains("vs tahun lalu: +76,2 poin dibandingkan dengan Oktober 2025 (n = 3)")
			.contains("tidak signifikan").doesNotContain("<strong>");
		assertThat(lastYearLine(page, "ces7_mean")).contains("vs tahun lalu: +3,14 dibandingkan dengan Oktober 2025 (n = 3)")
			.contains("tidak signifikan");
		assertThat(dashboard("from=2025-10-01&to=2025-10-31"))
			.contains("vs tahun lalu: tidak ada jawaban pada Oktober 2024 untuk dibandingkan.");
		assertThat(dashboard("from=2026-10-01&to=2026-10-31&lang=en"))
			.contains("vs last year: +76.2 points compared with October 2025 (n = 3)");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder api(String uri) {
		return get(uri).header("X-API-Key", workspace.key());
	}

	private String dashboard(String query) throws Exception {
		return mvc.perform(get("/dashboard?" + query).session(viewer())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	/** @return the card's "vs last year" paragraph */
	private static String lastYearLine(String page, String key) {
		int card = page.indexOf("id=\"figure-" + key + "\"");
		assertThat(card).isNotNegative();
		Matcher line = Pattern.compile("<p class=\"change last-year[^>]*>(.*?)</p>", Pattern.DOTALL)
			.matcher(page.substring(card, page.indexOf("</section>", card)));
		assertThat(line.find()).isTrue();
		return line.group(1).replaceAll("\\s+", " ");
	}

	private void answer(String at, int nps, int ces) {
		intake.submit(workspace.id(), new Submission(survey, "k-" + posted++, Map.of("nps", nps, "ces", ces), Channel.QR,
				null, null, null, "id", Instant.parse(at), HiddenAnswers.REJECT));
	}

	private MockHttpSession viewer() throws Exception {
		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(workspace.owner(), email, Role.VIEWER).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Vina", TestWorkspaces.PASSWORD);
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email)
			.param("password", TestWorkspaces.PASSWORD)).andReturn().getRequest().getSession(false);
	}
}
