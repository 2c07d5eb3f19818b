package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import com.jayway.jsonpath.JsonPath;

import io.tanggap.feedback.ResponseId;
import io.tanggap.identity.Role;

/**
 * The Tema page, its API and file, the responses list filtered by theme and sentiment, exports and
 * segments by theme, checked against a count by hand. The workspace adds two themes of its own
 * whose keywords no shipped theme has ("karaoke", "sofa"), so that which comments mention them does
 * not depend on how well the shipped model reads; shipped themes may also be found in the comments
 * and are not counted here.
 * <p>
 * October 2026: karaoke (NPS 10), karaoke + sofa (9), sofa (3), no theme (8), no comment (0), sofa
 * (6). September 2026: karaoke (9), no theme (7). So in October 5 comments were read; karaoke is in
 * 2 (40 %, September 1 of 2, 50 %), sofa in 3 (60 %, September 0 %). NPS with karaoke: 10, 9 →
 * 100; without it among the comments: 3, 8, 6 → −66.7; difference 166.7. With sofa: 9, 3, 6 → −33.3;
 * without: 10, 8 → 50; difference −83.3. Every figure is low-n, so nothing is significant.
 */
abstract class ThemeFiguresTests extends CommentFixtures {

	private static final String OCTOBER = "from=2026-10-01&to=2026-10-31";

	final List<ResponseId> karaoke = new ArrayList<>();
	final List<ResponseId> sofa = new ArrayList<>();
	ResponseId angry;
	ResponseId happy;

	@BeforeEach
	void commentsOfTwoMonths() throws Exception {
		for (String theme : List.of("karaoke", "sofa")) {
			mvc.perform(post("/api/v1/themes").header("X-API-Key", workspace.key()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"key\": \"" + theme + "\", \"nameId\": \"Tema " + theme + "\", \"nameEn\": \"Theme " + theme
						+ "\", \"keywords\": [\"" + theme + "\"]}"))
				.andExpect(status().isCreated());
		}
		Instant october = Instant.parse("2026-10-10T03:00:00Z");
		Instant september = Instant.parse("2026-09-10T03:00:00Z");
		ResponseId r1 = respond("r1", 10, 5, "karaoke malam minggu seru", october);
		ResponseId r2 = respond("r2", 9, 5, "karaoke dan sofa nyaman", october);
		ResponseId r3 = respond("r3", 3, 2, "sofa sobek", october);
		happy = respond("r4", 8, 4, "makanannya enak sekali", october);
		ResponseId r5 = respond("r5", 0, 1, null, october);
		angry = respond("r6", 6, 3, "pelayannya jutek, kotor dan lama, sofa juga", october);
		ResponseId p1 = respond("p1", 9, 5, "karaoke", september);
		ResponseId p2 = respond("p2", 7, 4, "biasa saja", september);
		karaoke.addAll(List.of(r1, r2));
		sofa.addAll(List.of(r2, r3, angry));
		awaitReading(r1, r2, r3, happy, angry, p1, p2);
		assertThat(readings(r5)).isZero();
	}

	@Test
	void countsMentionsSharesAndImpactAsCountedByHand() throws Exception {
		String json = api("/api/v1/metrics/themes?" + OCTOBER);
		assertThat(JsonPath.<Integer>read(json, "$.comments")).isEqualTo(5);
		assertThat(JsonPath.<Integer>read(json, "$.previousComments")).isEqualTo(2);
		assertThat(JsonPath.<String>read(json, "$.previous.from")).isEqualTo("2026-09-01");
		Map<String, Object> k = theme(json, "karaoke");
		assertThat(k).containsEntry("mentions", 2).containsEntry("previousMentions", 1);
		assertThat(number(k, "share.value")).isCloseTo(40.0, within(1e-9));
		assertThat(number(k, "share.n")).isEqualTo(5.0);
		assertThat(JsonPath.<Boolean>read(k, "$.share.lowN")).isTrue();
		assertThat(number(k, "shareChange.difference")).isCloseTo(-10.0, within(1e-9));
		assertThat(JsonPath.<Boolean>read(k, "$.shareChange.significant")).isFalse();
		assertThat(JsonPath.<Map<String, Integer>>read(k, "$.sentiments").values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(2);
		Map<String, Object> kNps = impact(k, "nps");
		assertThat(number(kNps, "with.value")).isCloseTo(100.0, within(1e-9));
		assertThat(number(kNps, "with.n")).isEqualTo(2.0);
		assertThat(number(kNps, "without.value")).isCloseTo(-66.667, within(1e-3));
		assertThat(number(kNps, "without.n")).isEqualTo(3.0);
		assertThat(number(kNps, "difference.difference")).isCloseTo(166.667, within(1e-3));
		assertThat(JsonPath.<Boolean>read(kNps, "$.difference.significant")).isFalse();
		assertThat(number(kNps, "difference.adjustedP")).isGreaterThanOrEqualTo(number(kNps, "difference.pValue"));
		Map<String, Object> s = theme(json, "sofa");
		assertThat(s).containsEntry("mentions", 3).containsEntry("previousMentions", 0);
		assertThat(number(s, "share.value")).isCloseTo(60.0, within(1e-9));
		Map<String, Object> sNps = impact(s, "nps");
		assertThat(number(sNps, "with.value")).isCloseTo(-33.333, within(1e-3));
		assertThat(number(sNps, "without.value")).isCloseTo(50.0, within(1e-9));
		assertThat(number(sNps, "difference.difference")).isCloseTo(-83.333, within(1e-3));
		// CSAT top-2-box too: karaoke 5, 5 → 100 %; without it 2, 4, 3 → 33.3 %.
		Map<String, Object> kCsat = impact(k, "csat5_top2");
		assertThat(number(kCsat, "with.value")).isCloseTo(100.0, within(1e-9));
		assertThat(number(kCsat, "without.value")).isCloseTo(33.333, within(1e-3));
		mvc.perform(get("/api/v1/metrics/themes?" + OCTOBER + "&tema=x").header("X-API-Key", workspace.key()))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/filter-unknown"));
	}

	@Test
	void showsTheTemaPageAsATabOfTheDashboardWithLinksToTheComments() throws Exception {
		MockHttpSession viewer = signIn(Role.VIEWER);
		String page = mvc.perform(get("/dashboard/themes?period=custom&" + OCTOBER).session(viewer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<a href=\"/dashboard/themes\" aria-current=\"page\">Tema</a>")
			.contains("Periode Oktober 2026: 5 komentar terbaca (periode sebelumnya, September 2026: 2).");
		String karaokeRow = row(page, "theme-karaoke");
		assertThat(karaokeRow).contains(">Tema karaoke</a>", "40,0 ± ", "n = 5", "-10,0 poin persentase",
				"sebelumnya 1 dari 2 komentar", "tidak signifikan");
		assertThat(page).contains("href=\"/responses?from=2026-10-01&amp;to=2026-10-31&amp;theme=karaoke\"");
		assertThat(page).contains("<caption>NPS</caption>").contains("100,0 ± ").contains("+166,7");
		assertThat(page).contains("data-chart=\"segments\" data-key=\"theme_share\"")
			.contains("data-key=\"nps_difference\"");
		String english = mvc.perform(get("/dashboard/themes?period=custom&" + OCTOBER + "&lang=en").session(viewer))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Theme karaoke", "40.0 ± ", "Impact on the scores");
		// The comments behind a theme: the responses list filtered by it.
		String list = mvc.perform(get("/responses?from=2026-10-01&to=2026-10-31&theme=karaoke").session(viewer))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("2 tanggapan").contains("karaoke malam minggu seru").doesNotContain("sofa sobek");
		String csv = mvc.perform(get("/dashboard/themes.csv?period=custom&" + OCTOBER).session(viewer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.substring(1))).getRecords();
		CSVRecord k = rows.stream().filter(r -> r.get("theme").equals("karaoke")).findFirst().orElseThrow();
		assertThat(k.get("mentions")).isEqualTo("2");
		assertThat(k.get("comments")).isEqualTo("5");
		assertThat(k.get("share")).isEqualTo("40.00");
		assertThat(k.get("nps_with")).isEqualTo("100.00");
		assertThat(k.get("nps_difference")).isEqualTo("166.67");
		assertThat(k.get("nps_significant")).isEqualTo("false");
		assertThat(mvc.perform(get("/dashboard/themes?period=custom&from=2026-10-31&to=2026-10-01").session(viewer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("class=\"alert error\"");
	}

	@Test
	void filtersTheResponsesByThemeAndSentimentAndExportsTheirReadings() throws Exception {
		assertThat(found("theme=sofa&" + OCTOBER)).containsExactlyInAnyOrderElementsOf(sofa);
		assertThat(found("theme=karaoke")).hasSize(3);
		assertThat(found("sentiment=negative&" + OCTOBER)).contains(angry).doesNotContain(happy);
		assertThat(found("sentiment=positive&" + OCTOBER)).contains(happy).doesNotContain(angry);
		mvc.perform(get("/api/v1/responses?theme=parkir").header("X-API-Key", workspace.key()))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/filter-theme"));
		mvc.perform(get("/api/v1/responses?sentiment=marah").header("X-API-Key", workspace.key()))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/filter-sentiment"));
		MockHttpSession viewer = signIn(Role.VIEWER);
		assertThat(mvc.perform(get("/responses?theme=Parkir Motor!").session(viewer)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("Tema Parkir Motor! tidak dikenal di ruang kerja ini.");
		String detail = mvc.perform(get("/responses/" + angry).session(viewer)).andReturn().getResponse()
			.getContentAsString();
		assertThat(detail).contains("Negatif (keyakinan ").contains(">Tema sofa (")
			.contains("href=\"/responses?theme=sofa&amp;sentiment=");
		String csv = mvc.perform(get("/api/v1/responses/export.csv?survey=" + survey + "&" + OCTOBER)
			.header("X-API-Key", workspace.key())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.substring(1))).getRecords();
		CSVRecord r3 = rows.stream().filter(r -> r.get("komentar").equals("sofa sobek")).findFirst().orElseThrow();
		assertThat(r3.get("themes")).contains("sofa:");
		assertThat(r3.get("sentiment")).isIn("positive", "neutral", "negative");
		assertThat(rows.stream().filter(r -> r.get("response_id").equals(angry.toString())).findFirst().orElseThrow()
			.get("sentiment")).isEqualTo("negative");
	}

	@Test
	void groupsTheScoresByThemeAndSentimentOnTheSegmentsPage() throws Exception {
		String json = api("/api/v1/metrics/segments?by=theme&" + OCTOBER);
		List<Map<String, Object>> karaokeSegment = JsonPath.read(json, "$[?(@.key == 'karaoke')]");
		assertThat(karaokeSegment).singleElement().satisfies(segment -> {
			assertThat(number(segment, "figures[0].value")).isCloseTo(100.0, within(1e-9));
			assertThat(number(segment, "figures[0].n")).isEqualTo(2.0);
		});
		String page = mvc.perform(get("/dashboard/segments?period=custom&" + OCTOBER + "&by=theme")
			.session(signIn(Role.VIEWER))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("NPS, CSAT dan CES menurut tema komentar")
			.contains("<a href=\"/responses?from=2026-10-01&amp;to=2026-10-31&amp;theme=sofa\">Tema sofa</a>")
			.contains("Tanpa tema");
		String bySentiment = api("/api/v1/metrics/segments?by=sentiment&" + OCTOBER);
		assertThat(JsonPath.<List<String>>read(bySentiment, "$[*].key")).containsExactly("positive", "neutral", "negative", "");
	}

	private List<ResponseId> found(String query) throws Exception {
		return JsonPath.<List<String>>read(api("/api/v1/responses?" + query), "$.responses[*].id").stream()
			.map(id -> new ResponseId(java.util.UUID.fromString(id))).toList();
	}

	private String api(String path) throws Exception {
		return mvc.perform(get(path).header("X-API-Key", workspace.key())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	private static Map<String, Object> theme(String json, String key) {
		List<Map<String, Object>> found = JsonPath.read(json, "$.themes[?(@.key == '" + key + "')]");
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static Map<String, Object> impact(Map<String, Object> theme, String figure) {
		List<Map<String, Object>> found = JsonPath.read(theme, "$.impacts[?(@.figure == '" + figure + "')]");
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static double number(Object json, String path) {
		return JsonPath.<Number>read(json, "$." + path).doubleValue();
	}

	private static String row(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("row %s", id).isPositive();
		return page.substring(start, page.indexOf("</tr>", start)).replaceAll("\\s+", " ");
	}
}
