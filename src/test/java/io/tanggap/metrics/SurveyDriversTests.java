package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.tanggap.TestWorkspaces;
import io.tanggap.feedback.Channel;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.feedback.Submission;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/**
 * {@code /api/v1/metrics/drivers} on a survey's answers: overall satisfaction made mostly of the
 * staff rating, a little of cleanliness, none of parking; parking rated low, so nothing to fix first
 * there, staff rated low and important: fix first.
 */
abstract class SurveyDriversTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	FeedbackIntake intake;

	TestWorkspaces.TestWorkspace workspace;
	SurveyId survey;

	@BeforeEach
	void answers() {
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
			intake.submit(workspace.id(), new Submission(survey, "d-" + i, answers, Channel.QR, null, null, null, "id",
					Instant.parse("2026-10-15T03:00:00Z"), HiddenAnswers.REJECT));
		}
	}

	private MockHttpServletRequestBuilder api(String query) {
		String period = query.contains("from=") ? "" : "&from=2026-10-01&to=2026-10-31";
		return get("/api/v1/metrics/drivers?survey=" + survey + period + query).header("X-API-Key", workspace.key());
	}

	@Test
	void ranksDriversOfTheSurveysOutcome() throws Exception {
		String body = mvc.perform(api("")).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("overall"))
			.andExpect(jsonPath("$.complete").value(135)).andExpect(jsonPath("$.incomplete").value(15))
			.andExpect(jsonPath("$.analysed").value(135)).andExpect(jsonPath("$.drivers[0].question").value("staff"))
			.andExpect(jsonPath("$.drivers[0].label").value("Keramahan staf"))
			.andExpect(jsonPath("$.drivers[0].fixFirst").value(true)).andExpect(jsonPath("$.drivers[1].fixFirst").value(false))
			.andExpect(jsonPath("$.drivers[2].fixFirst").value(false))
			.andReturn().getResponse().getContentAsString();
		double r2 = number(body, "$.rSquared");
		assertThat(r2).isGreaterThan(0.8);
		double staff = number(body, "$.drivers[0].lmg");
		assertThat(staff).isGreaterThan(0.7).isBetween(number(body, "$.drivers[0].lmgLow"), number(body, "$.drivers[0].lmgHigh"));
		assertThat(number(body, "$.drivers[2].lmg")).isLessThan(0.02);
		// LMG shares and relative weights each add up to R².
		assertThat(staff + number(body, "$.drivers[1].lmg") + number(body, "$.drivers[2].lmg")).isCloseTo(r2, within(1e-9));
		assertThat(number(body, "$.drivers[0].relativeWeight") + number(body, "$.drivers[1].relativeWeight")
				+ number(body, "$.drivers[2].relativeWeight")).isCloseTo(r2, within(1e-9));
		assertThat(number(body, "$.drivers[0].performance")).isCloseTo(25.0, within(15.0));
		// The same data gives the same intervals.
		String again = mvc.perform(api("")).andReturn().getResponse().getContentAsString();
		assertThat(number(again, "$.drivers[0].lmgLow")).isEqualTo(number(body, "$.drivers[0].lmgLow"));
		// Named outcome and drivers.
		mvc.perform(api("&outcome=overall&drivers=clean,parking")).andExpect(status().isOk())
			.andExpect(jsonPath("$.drivers.length()").value(2));
	}

	private static double number(String json, String path) {
		return ((Number) com.jayway.jsonpath.JsonPath.read(json, path)).doubleValue();
	}

	@Test
	void refusesWhatCannotBeAnalysed() throws Exception {
		for (String query : List.of("&outcome=nope", "&drivers=staff,staff", "&outcome=staff&drivers=staff",
				"&from=2020-01-01&to=2020-01-31")) {
			mvc.perform(api(query)).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.startsWith("/problems/")));
		}
		mvc.perform(api("&from=2020-01-01&to=2020-01-31")).andExpect(jsonPath("$.type").value("/problems/drivers-not-analysable"));
		mvc.perform(get("/api/v1/metrics/drivers").header("X-API-Key", workspace.key())).andExpect(status().isBadRequest());
	}
}
