package io.tanggap.metrics;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.tanggap.TestWorkspaces;
import io.tanggap.identity.ApiKeyManagement;
import io.tanggap.identity.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/benchmarks}: every key reads a workspace's external benchmarks and the shipped
 * list, only admins add and remove them, and each mistake is a 422 problem of its own type.
 */
abstract class BenchmarkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	ApiKeyManagement keys;

	@Autowired
	JsonMapper json;

	TestWorkspaces.TestWorkspace workspace;

	@BeforeEach
	void workspace() {
		workspace = workspaces.create();
	}

	@Test
	void addsListsAndRemovesABenchmark() throws Exception {
		String location = mvc.perform(send(post("/api/v1/benchmarks"), workspace.key(), valid()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/benchmarks/")))
			.andExpect(jsonPath("$.figure").value("nps"))
			.andExpect(jsonPath("$.value").value(43.0))
			.andExpect(jsonPath("$.country").value("global"))
			.andExpect(jsonPath("$.createdBy").value("api-key:test"))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(api(get("/api/v1/benchmarks"), workspace.key()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].source").value("npsBench"))
			.andExpect(jsonPath("$[0].sourceUrl").value("https://npsbench.com/blog/benchmark/2024-benchmarks-by-industry"))
			.andExpect(jsonPath("$[0].year").value(2024))
			.andExpect(jsonPath("$[0].method").value(containsString("public signals")));
		mvc.perform(api(get(location), workspace.key())).andExpect(status().isOk()).andExpect(jsonPath("$.label")
			.value("Restaurants, Full Service"));
		// Another workspace sees none of it.
		TestWorkspaces.TestWorkspace other = workspaces.create();
		mvc.perform(api(get("/api/v1/benchmarks"), other.key())).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(api(delete(location), other.key())).andExpect(status().isNotFound());
		mvc.perform(api(delete(location), workspace.key())).andExpect(status().isNoContent());
		mvc.perform(api(get("/api/v1/benchmarks"), workspace.key())).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(api(delete(location), workspace.key())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Tolok ukur tidak ditemukan."));
	}

	@Test
	void normalisesWhatItKeeps() throws Exception {
		Map<String, Object> body = valid();
		body.put("figure", " ces7_mean ");
		body.put("value", 5.2);
		body.put("country", "id");
		body.put("label", "  ");
		body.put("sourceUrl", "");
		mvc.perform(send(post("/api/v1/benchmarks"), workspace.key(), body)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.figure").value("ces7_mean"))
			.andExpect(jsonPath("$.country").value("ID"))
			.andExpect(jsonPath("$.label").doesNotExist())
			.andExpect(jsonPath("$.sourceUrl").doesNotExist());
		mvc.perform(send(post("/api/v1/benchmarks"), workspace.key(), body)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("/problems/benchmark-duplicate"));
	}

	@Test
	void refusesEachMistakeWithAProblemOfItsOwn() throws Exception {
		int nextYear = Year.now().getValue() + 1;
		Object[][] mistakes = {
				{ "figure", "nps10", "benchmark-figure-unknown", "Angka nps10 tidak dikenal" },
				{ "figure", null, "benchmark-required", "figure wajib diisi." },
				{ "value", 100.5, "benchmark-value-range", "Nilai 100,5 di luar rentang nps: harus antara -100 dan 100." },
				{ "value", -101, "benchmark-value-range", "harus antara -100 dan 100" },
				{ "value", null, "benchmark-required", "value wajib diisi." },
				{ "year", 1989, "benchmark-year-range", "Tahun 1989 di luar rentang: harus antara 1990 dan " + nextYear + "." },
				{ "year", nextYear + 1, "benchmark-year-range", "harus antara 1990 dan " + nextYear },
				{ "sourceUrl", "ftp://npsbench.com/x", "benchmark-url", "http:// atau https://" },
				{ "sourceUrl", "javascript:alert(1)", "benchmark-url", "bukan javascript:alert(1)" },
				{ "sourceUrl", "npsbench.com/blog", "benchmark-url", "http:// atau https://" },
				{ "source", null, "benchmark-required", "source wajib diisi." },
				{ "source", "  ", "benchmark-required", "source wajib diisi." },
				{ "method", "", "benchmark-required", "method wajib diisi." },
				{ "method", "m".repeat(1001), "benchmark-too-long", "method terlalu panjang (maksimal 1.000 karakter)." },
				{ "country", "Indonesia", "benchmark-country", "Negara Indonesia tidak dikenal" },
				{ "country", "XX", "benchmark-country", "Negara XX tidak dikenal" } };
		for (Object[] mistake : mistakes) {
			Map<String, Object> body = valid();
			body.put((String) mistake[0], mistake[1]);
			mvc.perform(send(post("/api/v1/benchmarks"), workspace.key(), body))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.type").value("/problems/" + mistake[2]))
				.andExpect(jsonPath("$.detail").value(containsString((String) mistake[3])));
		}
		Map<String, Object> percent = valid();
		percent.put("figure", "csat5_top2");
		percent.put("value", -0.5);
		mvc.perform(send(post("/api/v1/benchmarks"), workspace.key(), percent))
			.andExpect(jsonPath("$.detail").value(containsString("harus antara 0 dan 100")));
		Map<String, Object> mean = valid();
		mean.put("figure", "ces7_mean");
		mean.put("value", 7.5);
		mvc.perform(send(post("/api/v1/benchmarks"), workspace.key(), mean).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.detail").value("The value 7.5 is out of the range of ces7_mean: it must lie between 1 and 7."));
		mvc.perform(api(post("/api/v1/benchmarks"), workspace.key()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"figure\":\"nps\",\"value\":\"tinggi\"}")).andExpect(status().isBadRequest());
		mvc.perform(api(get("/api/v1/benchmarks"), workspace.key())).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void letsOnlyAdminsAddAndRemove() throws Exception {
		String admin = keys.create(workspace.owner(), "admin", Role.ADMIN).key();
		String agent = keys.create(workspace.owner(), "agent", Role.AGENT).key();
		String viewer = keys.create(workspace.owner(), "viewer", Role.VIEWER).key();
		for (String key : new String[] { agent, viewer }) {
			mvc.perform(send(post("/api/v1/benchmarks"), key, valid())).andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
			mvc.perform(api(post("/api/v1/benchmarks/library/npsbench-2024-hotels-and-resorts"), key))
				.andExpect(status().isForbidden());
		}
		String location = mvc.perform(send(post("/api/v1/benchmarks"), admin, valid())).andExpect(status().isCreated())
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(api(get("/api/v1/benchmarks"), viewer)).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
		mvc.perform(api(get("/api/v1/benchmarks/library"), viewer)).andExpect(status().isOk());
		mvc.perform(api(delete(location), agent)).andExpect(status().isForbidden());
		mvc.perform(api(delete(location), viewer)).andExpect(status().isForbidden());
		mvc.perform(api(get("/api/v1/benchmarks"), viewer)).andExpect(jsonPath("$", hasSize(1)));
		mvc.perform(get("/api/v1/benchmarks")).andExpect(status().isUnauthorized());
	}

	@Test
	void listsTheShippedListWithItsSourcesAndCopiesFromIt() throws Exception {
		String library = mvc.perform(api(get("/api/v1/benchmarks/library"), workspace.key()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id=='npsbench-2024-restaurants-full-service')].value").value(hasItem(43.0)))
			.andExpect(jsonPath("$[?(@.id=='npsbench-2024-restaurants-full-service')].url")
				.value(hasItem("https://npsbench.com/blog/benchmark/2024-benchmarks-by-industry")))
			.andExpect(jsonPath("$[?(@.id=='npsbench-2024-restaurants-full-service')].method")
				.value(hasItem(containsString("Not a customer survey"))))
			.andExpect(jsonPath("$[?(@.source=='Qualtrics XM Institute')].country").value(hasItem("US")))
			.andReturn().getResponse().getContentAsString();
		java.util.List<Map<String, Object>> entries = JsonPath.read(library, "$");
		org.assertj.core.api.Assertions.assertThat(entries).isNotEmpty().allSatisfy(entry -> {
			org.assertj.core.api.Assertions.assertThat((String) entry.get("url")).startsWith("http");
			org.assertj.core.api.Assertions.assertThat((String) entry.get("method")).isNotBlank();
			org.assertj.core.api.Assertions.assertThat((String) entry.get("note")).isNotBlank();
		});
		mvc.perform(api(post("/api/v1/benchmarks/library/npsbench-2024-hotels-and-resorts"), workspace.key()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.value").value(55.0))
			.andExpect(jsonPath("$.label").value("Hotels and Resorts"))
			.andExpect(jsonPath("$.sourceUrl").value(endsWith("2024-benchmarks-by-industry")));
		mvc.perform(api(post("/api/v1/benchmarks/library/npsbench-2024-hotels-and-resorts"), workspace.key()))
			.andExpect(status().isConflict());
		mvc.perform(api(post("/api/v1/benchmarks/library/acsi-made-up"), workspace.key()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(not(containsString("{0}"))));
		mvc.perform(api(get("/api/v1/benchmarks"), workspace.key())).andExpect(jsonPath("$", hasSize(1)));
	}

	private Map<String, Object> valid() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("figure", "nps");
		body.put("value", 43);
		body.put("label", "Restaurants, Full Service");
		body.put("source", "npsBench");
		body.put("sourceUrl", "https://npsbench.com/blog/benchmark/2024-benchmarks-by-industry");
		body.put("year", 2024);
		body.put("country", "global");
		body.put("method", "Not a customer survey: normalised public signals");
		return body;
	}

	private MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request, String key, Map<String, Object> body) {
		return api(request, key).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String key) {
		return request.header("X-API-Key", key);
	}
}
