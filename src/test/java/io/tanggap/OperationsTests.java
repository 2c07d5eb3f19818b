package io.tanggap;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** What operators rely on: health with the database check, metrics, the API description. */
@OnH2
@TestPropertySource(properties = "management.endpoint.health.show-details=always")
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void reportsHealthWithTheDatabaseCheck() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void exposesPrometheusMetrics() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void describesTheApi() throws Exception {
		mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/branches']").exists());
	}
}
