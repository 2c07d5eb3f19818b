package io.tanggap.metrics;

import static io.tanggap.metrics.MetricsSurveys.NPS;
import static io.tanggap.metrics.MetricsSurveys.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * The settings page of external benchmarks (adding, picking from the shipped list, removing; each
 * mistake said next to its field, in the page's language; admins only) and the benchmarks on the
 * dashboard's cards, with our figure's 95 % interval above, below or around each.
 */
abstract class BenchmarkPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	Team team;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	FeedbackIntake intake;

	@Autowired
	BenchmarkManagement benchmarks;

	TestWorkspaces.TestWorkspace workspace;
	MockHttpSession owner;

	@BeforeEach
	void workspaceAndOwner() throws Exception {
		workspace = workspaces.create();
		owner = signIn(workspace.ownerEmail());
	}

	@Test
	void addsAndRemovesABenchmarkOnTheSettingsPage() throws Exception {
		assertThat(page("/settings/benchmarks")).contains("Tolok ukur eksternal", "Belum ada.", "Tambah dari daftar",
				"https://npsbench.com/blog/benchmark/2024-benchmarks-by-industry", "Restaurants, Full Service",
				"href=\"/settings/benchmarks\"");
		mvc.perform(form(post("/settings/benchmarks"), "ces7_mean", "5,2", "2025", "ID")).andExpect(redirectedUrl("/settings/benchmarks"));
		String page = page("/settings/benchmarks");
		assertThat(page).contains("Tolok ukur dari Survei Kopi tersimpan.", "<td>5,2</td>", "<td>2025</td>", "<td>ID</td>",
				"Survei 400 pelanggan kedai kopi di Jakarta");
		Benchmark added = benchmarks.all(workspace.id()).get(0);
		assertThat(added.details().value()).isEqualTo(5.2);
		assertThat(added.createdBy()).isEqualTo(workspace.ownerEmail());
		// Without the form's CSRF token nothing happens.
		mvc.perform(post("/settings/benchmarks/" + added.id() + "/remove").session(owner)).andExpect(status().isForbidden());
		mvc.perform(post("/settings/benchmarks/" + added.id() + "/remove").with(csrf()).session(owner))
			.andExpect(redirectedUrl("/settings/benchmarks"));
		assertThat(page("/settings/benchmarks")).contains("Tolok ukur dihapus.", "Belum ada.");
		assertThat(benchmarks.all(workspace.id())).isEmpty();
		mvc.perform(post("/settings/benchmarks/" + added.id() + "/remove").with(csrf()).session(owner))
			.andExpect(status().isNotFound());
	}

	@Test
	void saysEachMistakeNextToItsField() throws Exception {
		int nextYear = Year.now().getValue() + 1;
		String page = mvc.perform(post("/settings/benchmarks").with(csrf()).session(owner).param("figure", "nps")
			.param("value", "101").param("year", "1989").param("sourceUrl", "ftp://example.com/nps").param("source", " ")
			.param("method", "").param("country", "Jawa").param("label", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Nilai 101 di luar rentang nps: harus antara -100 dan 100.",
				"Tahun 1989 di luar rentang: harus antara 1990 dan " + nextYear + ".",
				"Alamat sumber harus alamat web lengkap yang diawali http:// atau https://, bukan ftp://example.com/nps.",
				"Sumber wajib diisi.", "Metode wajib diisi.", "Negara Jawa tidak dikenal",
				"value=\"ftp://example.com/nps\"", "value=\"Jawa\"");
		page = mvc.perform(post("/settings/benchmarks").with(csrf()).session(owner).param("figure", "nps_kita")
			.param("value", "empat puluh").param("year", "dua ribu").param("source", "Kami").param("method", "Survei")
			.param("country", "ID")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Angka nps_kita tidak dikenal", "Isi angka, misalnya 43 atau 30,1.",
				"Isi tahun dengan empat angka, misalnya 2024.").doesNotContain("Nilai wajib diisi.");
		page = mvc.perform(form(post("/settings/benchmarks"), "csat5_top2", "100,5", "2024", "global")
			.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The value 100.5 is out of the range of csat5_top2: it must lie between 0 and 100.");
		assertThat(benchmarks.all(workspace.id())).isEmpty();
	}

	@Test
	void picksABenchmarkFromTheShippedList() throws Exception {
		mvc.perform(post("/settings/benchmarks/library").with(csrf()).session(owner)
			.param("entry", "npsbench-2024-internet-service-providers")).andExpect(redirectedUrl("/settings/benchmarks"));
		assertThat(page("/settings/benchmarks")).contains("Tolok ukur dari npsBench tersimpan.", "Internet Service Providers");
		mvc.perform(post("/settings/benchmarks/library").with(csrf()).session(owner)
			.param("entry", "npsbench-2024-internet-service-providers")).andExpect(redirectedUrl("/settings/benchmarks"));
		assertThat(page("/settings/benchmarks")).contains("Tolok ukur yang sama dari npsBench (2024) sudah ada.");
		assertThat(benchmarks.all(workspace.id())).hasSize(1);
		mvc.perform(post("/settings/benchmarks/library").with(csrf()).session(owner).param("entry", "buatan"))
			.andExpect(status().isNotFound());
	}

	@Test
	void letsOnlyAdminsIn() throws Exception {
		MockHttpSession agent = member(Role.AGENT);
		mvc.perform(get("/settings/benchmarks").session(agent)).andExpect(status().isForbidden());
		mvc.perform(form(post("/settings/benchmarks"), "nps", "43", "2024", "global").session(agent))
			.andExpect(status().isForbidden());
		mvc.perform(post("/settings/benchmarks/library").with(csrf()).session(agent).param("entry",
				"npsbench-2024-hotels-and-resorts")).andExpect(status().isForbidden());
		assertThat(benchmarks.all(workspace.id())).isEmpty();
		mvc.perform(get("/settings/benchmarks")).andExpect(status().is3xxRedirection());
		assertThat(page("/dashboard")).contains("href=\"/settings/benchmarks\"");
	}

	@Test
	void showsEachBenchmarkOnItsCardAboveBelowOrNotClearlyDifferent() throws Exception {
		SurveyId survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan",
				visit(NPS)).id()).id();
		// October 2026: 40 promoters and 10 detractors of 50, NPS 60, 95 % interval about 35 to 78.
		for (int i = 0; i < 50; i++) {
			intake.submit(workspace.id(), new Submission(survey, "k-" + i, Map.of("nps", i < 40 ? 10 : 2), Channel.QR, null,
					null, null, "id", Instant.parse("2026-10-10T03:00:00Z"), HiddenAnswers.REJECT));
		}
		for (String entry : List.of("npsbench-2024-internet-service-providers", "npsbench-2024-hotels-and-resorts",
				"xmi-2023-grocers")) {
			benchmarks.addFromLibrary(workspace.owner(), entry);
		}
		benchmarks.add(workspace.owner(), new BenchmarkDetails("nps", 90.0, null, "Survei Kopi", null, 2025, "ID",
				"Survei 400 pelanggan kedai kopi di Jakarta"));
		String card = card(page("/dashboard?from=2026-10-01&to=2026-10-31"), "nps");
		assertThat(item(card, "Internet Service Providers"))
			.contains("Tolok ukur: 12 (npsBench, 2024, global — metode: Not a customer survey")
			.contains("Selisih kita: +48,0 poin").contains("<strong class=\"position\">di atas</strong>")
			.contains("href=\"https://npsbench.com/blog/benchmark/2024-benchmarks-by-industry\"");
		assertThat(item(card, "Hotels and Resorts")).contains("Tolok ukur: 55 (npsBench, 2024, global")
			.contains("Selisih kita: +5,0 poin").contains("tidak berbeda jelas");
		assertThat(item(card, "Grocers")).contains("Tolok ukur: 30,1 (Qualtrics XM Institute, 2023, Amerika Serikat — metode: Survey")
			.contains("di atas");
		assertThat(item(card, "Survei Kopi")).contains("Tolok ukur: 90 (Survei Kopi, 2025, Indonesia — metode: Survei 400")
			.contains("Selisih kita: -30,0 poin").contains("di bawah").doesNotContain("href=");
		assertThat(page("/dashboard?from=2026-10-01&to=2026-10-31")).contains("dianggap pasti");
		String english = card(page("/dashboard?from=2026-10-01&to=2026-10-31&lang=en"), "nps");
		assertThat(item(english, "Internet Service Providers")).contains("Benchmark: 12 (npsBench, 2024, global — method:")
			.contains("Ours minus it: +48.0 points").contains("above");
		assertThat(item(english, "Survei Kopi")).contains("Indonesia").contains("below");
		// A period without answers still shows the benchmarks, without a comparison.
		String empty = card(page("/dashboard?from=2026-08-01&to=2026-08-31"), "nps");
		assertThat(item(empty, "Hotels and Resorts")).contains("Tolok ukur: 55").doesNotContain("Selisih");
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String figure, String value,
			String year, String country) {
		return request.with(csrf()).session(owner).param("figure", figure).param("value", value).param("year", year)
			.param("country", country).param("label", "Kedai kopi").param("source", "Survei Kopi")
			.param("sourceUrl", "").param("method", "Survei 400 pelanggan kedai kopi di Jakarta");
	}

	private String page(String uri) throws Exception {
		return mvc.perform(get(uri).session(owner)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** @return the card of a figure, from its opening tag to its end */
	private static String card(String page, String key) {
		int start = page.indexOf("id=\"figure-" + key + "\"");
		assertThat(start).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

	/** @return the benchmark's item of a card, whitespace collapsed */
	private static String item(String card, String label) {
		int at = card.indexOf(label);
		assertThat(at).as(label).isNotNegative();
		int start = card.lastIndexOf("<li", at);
		return card.substring(start, card.indexOf("</li>", at)).replaceAll("\\s+", " ");
	}

	private MockHttpSession member(Role role) throws Exception {
		String email = role.key() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String link = team.invite(workspace.owner(), email, role).link();
		team.accept(link.substring(link.lastIndexOf('/') + 1), "Ani", TestWorkspaces.PASSWORD);
		return signIn(email);
	}

	private MockHttpSession signIn(String email) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email)
			.param("password", TestWorkspaces.PASSWORD)).andReturn().getRequest().getSession(false);
	}
}
