package io.tanggap.metrics;

import static io.tanggap.metrics.MetricsSurveys.AGE;
import static io.tanggap.metrics.MetricsSurveys.CES;
import static io.tanggap.metrics.MetricsSurveys.CSAT;
import static io.tanggap.metrics.MetricsSurveys.NPS;
import static io.tanggap.metrics.MetricsSurveys.visit;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.tanggap.TestWorkspaces;
import io.tanggap.feedback.Channel;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.feedback.Submission;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * {@code /api/v1/metrics}: figures from the rollups equal the definitions applied to the answers
 * posted, by period and segment, with the change from the previous period; bad filters get 4xx
 * problem details.
 */
abstract class MetricsApiTests {

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

	TestWorkspaces.TestWorkspace workspace;
	SurveyId survey;
	UUID kemang;

	@BeforeEach
	void answers() {
		workspace = workspaces.create();
		kemang = branches.add(workspace.owner(), "Kemang", "Jakarta", null).id();
		survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan",
				visit(NPS, CSAT, CES, AGE)).id()).id();
		// October 2026 (Jakarta): NPS 10, 9, 9, 8, 7, 3 → 3 promoters, 1 detractor of 6: NPS 33.33.
		int[] october = { 10, 9, 9, 8, 7, 3 };
		for (int i = 0; i < october.length; i++) {
			post("okt-" + i, "2026-10-0" + (i + 1) + "T03:00:00Z", october[i], 4 + i % 2, 6, i < 3 ? kemang : null);
		}
		// November: 2 promoters, 2 detractors of 4: NPS 0; one answer at 23:30 Jakarta on 31 October
		// (16:30 UTC) counts in October, not November.
		int[] november = { 10, 9, 0, 6 };
		for (int i = 0; i < november.length; i++) {
			post("nov-" + i, "2026-11-0" + (i + 1) + "T03:00:00Z", november[i], 2, 3, null);
		}
		post("late", "2026-10-31T16:30:00Z", 10, 5, 7, null);
	}

	private void post(String key, String at, int nps, int csat, int ces, UUID branch) {
		Map<String, Object> answers = new HashMap<>(Map.of("nps", nps, "csat", csat, "ces", ces));
		// Promoters are young, the others older; one October answer (the 3) gives no age.
		if (nps != 3) {
			answers.put("usia", nps >= 9 ? "muda" : "tua");
		}
		intake.submit(workspace.id(), new Submission(survey, key, answers, Channel.QR, branch, "meja", null, "id",
				Instant.parse(at), HiddenAnswers.REJECT));
	}

	private MockHttpServletRequestBuilder api(String uri) {
		return get(uri).header("X-API-Key", workspace.key());
	}

	@Test
	void measuresAPeriodWithItsChangeFromThePreviousMonth() throws Exception {
		mvc.perform(api("/api/v1/metrics?from=2026-11-01&to=2026-11-30"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.previous.from").value("2026-10-01"))
			.andExpect(jsonPath("$.previous.to").value("2026-10-31"))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].n").value(4))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].value").value(hasItem(closeTo(0.0, 1e-9))))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].lowN").value(true))
			// October with the late answer: 4 promoters, 1 detractor of 7 → 42.857; change −42.857.
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].change.difference").value(hasItem(org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.startsWith("-42.85714285714")))))
			.andExpect(jsonPath("$.figures[?(@.key=='csat5_top2')].value").value(hasItem(closeTo(0.0, 1e-9))))
			.andExpect(jsonPath("$.figures[?(@.key=='ces7_mean')].value").value(hasItem(closeTo(3.0, 1e-9))))
			// p < 0.05, but four answers in November: not marked significant.
			.andExpect(result -> org.assertj.core.api.Assertions.assertThat(((Number) com.jayway.jsonpath.JsonPath
				.<List<Object>>read(result.getResponse().getContentAsString(), "$.figures[?(@.key=='ces7_mean')].change.pValue")
				.get(0)).doubleValue()).isLessThan(0.05))
			.andExpect(jsonPath("$.figures[?(@.key=='ces7_mean')].change.significant").value(false))
			.andExpect(jsonPath("$.figures[?(@.key=='ces7_mean')].change.previousN").value(7));
		mvc.perform(api("/api/v1/metrics?from=2026-10-01&to=2026-10-31"))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].n").value(7))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].value").value(hasItem(org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.startsWith("42.85714285714")))))
			.andExpect(jsonPath("$.figures[?(@.key=='csat5_top2')].value").value(hasItem(closeTo(100.0, 1e-9))))
			.andExpect(jsonPath("$.figures[?(@.key=='ces7_agree')].description").isNotEmpty());
	}

	@Test
	void filtersBySegment() throws Exception {
		// Kemang: 10, 9, 9 → NPS 100 from three answers.
		mvc.perform(api("/api/v1/metrics?from=2026-10-01&to=2026-10-31&branch=" + kemang + "&channel=QR&touchpoint=meja"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].n").value(3))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].value").value(hasItem(closeTo(100.0, 1e-9))));
		mvc.perform(api("/api/v1/metrics?from=2026-10-01&to=2026-10-31&channel=EMAIL"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.figures", hasSize(0)));
		mvc.perform(api("/api/v1/metrics?from=2026-10-01&to=2026-10-31&survey=" + survey))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].n").value(7));
	}

	@Test
	void ranksBranchesAgainstTheRestAndGivesDistributions() throws Exception {
		UUID dago = branches.add(workspace.owner(), "Dago", "Bandung", null).id();
		// Dago: forty detractors in October; Kemang: 3 + 35 promoters; the rest have no branch and
		// are not part of the ranking.
		for (int i = 0; i < 40; i++) {
			post("dago-" + i, "2026-10-20T03:00:00Z", 2, 1, 2, dago);
		}
		mvc.perform(api("/api/v1/metrics/branches?from=2026-10-01&to=2026-10-31"))
			.andExpect(jsonPath("$[?(@.key=='nps')].branches[1].significantlyBelow").value(hasItem(false)));
		for (int i = 0; i < 35; i++) {
			post("kemang-" + i, "2026-10-21T03:00:00Z", 10, 5, 7, kemang);
		}
		mvc.perform(api("/api/v1/metrics/branches?from=2026-10-01&to=2026-10-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key=='nps')].adjustment").value(hasItem("holm")))
			.andExpect(jsonPath("$[?(@.key=='nps')].branches[0].name").value(hasItem("Kemang")))
			.andExpect(jsonPath("$[?(@.key=='nps')].branches[0].figure.n").value(hasItem(38)))
			.andExpect(jsonPath("$[?(@.key=='nps')].branches[0].significantlyAbove").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.key=='nps')].branches[1].name").value(hasItem("Dago")))
			.andExpect(jsonPath("$[?(@.key=='nps')].branches[1].figure.value").value(hasItem(closeTo(-100.0, 1e-9))))
			.andExpect(jsonPath("$[?(@.key=='nps')].branches[1].significantlyBelow").value(hasItem(true)));
		mvc.perform(api("/api/v1/metrics/distribution?from=2026-11-01&to=2026-11-30"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key=='nps')].min").value(hasItem(0)))
			.andExpect(jsonPath("$[?(@.key=='nps')].counts[0]").value(hasItem(1)))
			.andExpect(jsonPath("$[?(@.key=='nps')].counts[10]").value(hasItem(1)))
			.andExpect(jsonPath("$[?(@.key=='csat5_top2')].counts[1]").value(hasItem(4)));
	}

	@Test
	void groupsBySegmentAndByTheAnswerToAChoiceQuestion() throws Exception {
		// October: 10, 9, 9, 8, 7, 3 and the late 10 → young: four promoters; old: 8, 7; no age: the 3.
		mvc.perform(api("/api/v1/metrics/segments?by=question&question=usia&survey=" + survey
				+ "&from=2026-10-01&to=2026-10-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].key").value("muda"))
			.andExpect(jsonPath("$[0].label").value("Di bawah 30"))
			.andExpect(jsonPath("$[0].figures[?(@.key=='nps')].n").value(hasItem(4)))
			.andExpect(jsonPath("$[0].figures[?(@.key=='nps')].value").value(hasItem(closeTo(100.0, 1e-9))))
			.andExpect(jsonPath("$[1].key").value("tua"))
			.andExpect(jsonPath("$[1].figures[?(@.key=='nps')].value").value(hasItem(closeTo(0.0, 1e-9))))
			.andExpect(jsonPath("$[2].key").value(""))
			.andExpect(jsonPath("$[2].figures[?(@.key=='nps')].value").value(hasItem(closeTo(-100.0, 1e-9))));
		mvc.perform(api("/api/v1/metrics/segments?by=BRANCH&from=2026-10-01&to=2026-10-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.key=='" + kemang + "')].label").value(hasItem("Kemang")))
			.andExpect(jsonPath("$[?(@.key=='" + kemang + "')].figures[0].n").value(hasItem(3)))
			.andExpect(jsonPath("$[?(@.key=='00000000-0000-0000-0000-000000000000')].figures[0].n").value(hasItem(4)));
		mvc.perform(api("/api/v1/metrics/segments?by=channel&from=2026-10-01&to=2026-10-31"))
			.andExpect(jsonPath("$[?(@.key=='QR')].figures[0].n").value(hasItem(7)))
			.andExpect(jsonPath("$[?(@.key=='EMAIL')].figures", hasSize(1)))
			.andExpect(jsonPath("$[?(@.key=='EMAIL')].figures[0]", hasSize(0)));
		mvc.perform(api("/api/v1/metrics/crosstab?rows=branch&columns=touchpoint&from=2026-10-01&to=2026-10-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[?(@.row=='" + kemang + "')].column").value(hasItem("meja")))
			.andExpect(jsonPath("$[?(@.row=='" + kemang + "')].rowLabel").value(hasItem("Kemang")));
		for (String query : List.of("segments?by=umur", "segments?by=question&question=usia",
				"segments?by=question&survey=" + survey, "segments?by=question&question=nps&survey=" + survey,
				"crosstab?rows=branch&columns=branch", "crosstab?rows=branch&columns=question")) {
			mvc.perform(api("/api/v1/metrics/" + query)).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		mvc.perform(api("/api/v1/metrics/segments")).andExpect(status().isBadRequest());
		mvc.perform(api("/api/v1/metrics/crosstab?rows=branch&columns=channel&figure=nps"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/filter-unknown"));
	}

	@Test
	void cutsATrendIntoDaysWeeksMonthsOrQuarters() throws Exception {
		// 1–4 November (Sunday 1st): week of 26 October cut to 1 November, then the week of 2 November.
		mvc.perform(api("/api/v1/metrics/trend?granularity=week&from=2026-11-01&to=2026-11-08"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].days.from").value("2026-11-01"))
			.andExpect(jsonPath("$[0].days.to").value("2026-11-01"))
			.andExpect(jsonPath("$[0].figures[?(@.key=='nps')].n").value(hasItem(1)))
			.andExpect(jsonPath("$[1].days.from").value("2026-11-02"))
			.andExpect(jsonPath("$[1].figures[?(@.key=='nps')].n").value(hasItem(3)));
		mvc.perform(api("/api/v1/metrics/trend?granularity=day&from=2026-10-30&to=2026-11-01"))
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[0].figures.length()").value(0))
			.andExpect(jsonPath("$[1].figures[?(@.key=='nps')].n").value(hasItem(1)));
		mvc.perform(api("/api/v1/metrics/trend?granularity=QUARTER&from=2026-01-01&to=2026-12-31"))
			.andExpect(jsonPath("$.length()").value(4))
			.andExpect(jsonPath("$[3].figures[?(@.key=='nps')].n").value(hasItem(11)));
		mvc.perform(api("/api/v1/metrics/trend?granularity=year")).andExpect(status().isUnprocessableContent());
		mvc.perform(api("/api/v1/metrics/trend?granularity=day&from=2020-01-01&to=2026-01-01"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/trend-too-long"));
	}

	@Test
	void comparesTwoPeriodsOrTwoSegments() throws Exception {
		mvc.perform(api("/api/v1/metrics/compare?from=2026-10-01&to=2026-10-31&vs.from=2026-11-01&vs.to=2026-11-30"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.secondPeriod.from").value("2026-11-01"))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].first.n").value(hasItem(7)))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].second.n").value(hasItem(4)))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].difference.difference")
				.value(hasItem(org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.startsWith("-42.85714285714")))))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].difference.significant").value(hasItem(false)));
		// Kemang against every branch (an empty vs.branch), the same days.
		mvc.perform(api("/api/v1/metrics/compare?from=2026-10-01&to=2026-10-31&branch=" + kemang + "&vs.branch="))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.secondSegment.branch").doesNotExist())
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].first.n").value(hasItem(3)))
			.andExpect(jsonPath("$.figures[?(@.key=='nps')].second.n").value(hasItem(7)));
		for (String query : List.of("vs.branch=abc", "vs.from=gestern", "vs.channel=FAX", "vs.brnch=x",
				"from=2026-10-01&to=2026-10-31&vs.to=2026-09-01")) {
			mvc.perform(api("/api/v1/metrics/compare?" + query)).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
	}

	@Test
	void givesTheMonthlyTableAsJsonAndCsv() throws Exception {
		mvc.perform(api("/api/v1/metrics/monthly?from=2026-09&to=2026-11"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].month").value("2026-09"))
			.andExpect(jsonPath("$[0].figures", hasSize(0)))
			.andExpect(jsonPath("$[1].figures[?(@.key=='nps')].n").value(7))
			.andExpect(jsonPath("$[2].figures[?(@.key=='nps')].value").value(hasItem(closeTo(0.0, 1e-9))));
		mvc.perform(api("/api/v1/metrics/monthly.csv?from=2026-10&to=2026-11"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("month,figure,definition,value,n,ci95_low,ci95_high,low_n")))
			.andExpect(content().string(containsString("2026-10,nps,")))
			.andExpect(content().string(containsString(",42.86,7,")));
		byte[] xlsx = mvc.perform(api("/api/v1/metrics/monthly.xlsx?from=2026-10&to=2026-11"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			var nps = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
				.filter(row -> "2026-10".equals(row.getCell(0).getStringCellValue()) && "nps".equals(row.getCell(1).getStringCellValue()))
				.findFirst().orElseThrow();
			org.assertj.core.api.Assertions.assertThat(nps.getCell(3).getNumericCellValue()).isEqualTo(42.86);
			org.assertj.core.api.Assertions.assertThat(nps.getCell(4).getNumericCellValue()).isEqualTo(7);
		}
		mvc.perform(api("/api/v1/metrics/segments.csv?by=question&question=usia&survey=" + survey
				+ "&from=2026-10-01&to=2026-10-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("segment,label,figure,definition,value,n,ci95_low,ci95_high,low_n")))
			.andExpect(content().string(containsString("muda,Di bawah 30,nps,")))
			.andExpect(content().string(containsString(",100.0,4,")));
		mvc.perform(api("/api/v1/metrics/segments.xlsx?by=umur")).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void answersBadFiltersWithProblemDetails() throws Exception {
		// Well-formed but unacceptable: 422, as every such problem in the API.
		for (String query : List.of("from=2026-11-30&to=2026-11-01", "from=2000-01-01&to=2026-11-01", "from=2026-11-01",
				"from=2026-11-01&to=2026-11-02&branch=" + UUID.randomUUID(), "from=2026-11-01&to=2026-11-02&brnch=x")) {
			mvc.perform(api("/api/v1/metrics?" + query)).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		// Not even of the right type: 400.
		for (String query : List.of("from=kemarin&to=2026-11-01", "from=2026-11-01&to=2026-11-02&channel=FAX",
				"from=2026-11-01&to=2026-11-02&branch=abc")) {
			mvc.perform(api("/api/v1/metrics?" + query)).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		}
		mvc.perform(api("/api/v1/metrics?from=2026-11-01&to=2026-11-02&survey=" + UUID.randomUUID()))
			.andExpect(status().isNotFound());
		mvc.perform(api("/api/v1/metrics/monthly?from=2026-11&to=2026-01")).andExpect(status().isUnprocessableContent());
		mvc.perform(api("/api/v1/metrics/monthly?from=1990-01&to=2026-01")).andExpect(status().isUnprocessableContent());
		mvc.perform(api("/api/v1/metrics/monthly?from=November")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/metrics")).andExpect(status().isUnauthorized());
	}

	@Test
	void aSegmentWithoutAnswersHasNoFigures() throws Exception {
		mvc.perform(api("/api/v1/metrics?from=2020-01-01&to=2020-01-31"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.figures", hasSize(0)));
		mvc.perform(api("/api/v1/metrics"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.period.from").value(org.hamcrest.Matchers.endsWith("-01")));
	}
}
