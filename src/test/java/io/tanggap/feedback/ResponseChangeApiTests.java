package io.tanggap.feedback;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import io.tanggap.identity.Role;

/** {@code DELETE} and {@code PATCH /api/v1/responses/{id}}: for admins' keys, with problem details for the rest. */
abstract class ResponseChangeApiTests extends ResponseFixtures {

	@Test
	void correctsWhereAResponseCameFrom() throws Exception {
		correct(key, early, "{\"channel\":\"QR\",\"branchId\":\"" + sudirman + "\",\"touchpoint\":\" meja 4 \"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(early))
			.andExpect(jsonPath("$.channel").value("QR")).andExpect(jsonPath("$.branch").value(sudirman.toString()))
			.andExpect(jsonPath("$.touchpoint").value("meja 4"));
		api("/api/v1/responses/" + early).andExpect(jsonPath("$.channel").value("QR"))
			.andExpect(jsonPath("$.branch").value(sudirman.toString())).andExpect(jsonPath("$.touchpoint").value("meja 4"))
			.andExpect(jsonPath("$.answers.length()").value(3));
	}

	@Test
	void deletesAResponse() throws Exception {
		mvc.perform(delete("/api/v1/responses/" + early).header("X-API-Key", key)).andExpect(status().isNoContent());
		api("/api/v1/responses/" + early).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/responses/" + early).header("X-API-Key", key)).andExpect(status().isNotFound());
	}

	@Test
	void answersAnUnknownResponseWith404() throws Exception {
		String unknown = UUID.randomUUID().toString();
		mvc.perform(delete("/api/v1/responses/" + unknown).header("X-API-Key", key)).andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/not-found"));
		correct(key, unknown, "{\"channel\":\"QR\"}").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/not-found"));
		mvc.perform(delete("/api/v1/responses/not-an-id").header("X-API-Key", key)).andExpect(status().isNotFound());
	}

	@Test
	void answersMistakesWithProblemDetailsAndStoresNothing() throws Exception {
		correct(key, late, "{\"channel\":\"QR\",\"branchId\":\"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isUnprocessableContent()).andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("/problems/branch-unknown"));
		correct(key, late, "{\"channel\":\"IMPORT\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/channel-import"));
		correct(key, late, "{\"channel\":\"FAX\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/malformed-body")).andExpect(jsonPath("$.path").value("$.channel"));
		correct(key, late, "{\"channel\":\"QR\",\"touchpoint\":\"" + "x".repeat(101) + "\"}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/too-long"));
		correct(key, late, "{\"touchpoint\":\"meja\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/required"));
		api("/api/v1/responses/" + late).andExpect(jsonPath("$.channel").value("QR"))
			.andExpect(jsonPath("$.branch").value(sudirman.toString())).andExpect(jsonPath("$.touchpoint").value("kasir"));
	}

	@Test
	void anImportedResponseKeepsItsChannelWhenItsBranchIsCorrected() throws Exception {
		String imported = submit(visit, "2026-03-12T10:00:00+07:00", 8, "lama", Channel.IMPORT, null, null);
		correct(key, imported, "{\"channel\":\"IMPORT\",\"branchId\":\"" + sudirman + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.channel").value("IMPORT")).andExpect(jsonPath("$.branch").value(sudirman.toString()));
		correct(key, imported, "{\"channel\":\"LINK\"}").andExpect(status().isOk());
		correct(key, imported, "{\"channel\":\"IMPORT\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/channel-import"));
	}

	@Test
	void refusesKeysBelowAdmin() throws Exception {
		String agent = keys.create(owner, "agent", Role.AGENT).key();
		String viewer = keys.create(owner, "viewer", Role.VIEWER).key();
		String admin = keys.create(owner, "admin", Role.ADMIN).key();
		correct(agent, late, "{\"channel\":\"LINK\"}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/role-required"));
		mvc.perform(delete("/api/v1/responses/" + late).header("X-API-Key", agent)).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/role-required"));
		correct(viewer, late, "{\"channel\":\"LINK\"}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("/problems/forbidden"));
		mvc.perform(delete("/api/v1/responses/" + late).header("X-API-Key", viewer)).andExpect(status().isForbidden());
		api("/api/v1/responses/" + late).andExpect(jsonPath("$.channel").value("QR"));
		correct(admin, late, "{\"channel\":\"LINK\"}").andExpect(status().isOk()).andExpect(jsonPath("$.channel").value("LINK"));
		mvc.perform(delete("/api/v1/responses/" + late).header("X-API-Key", admin)).andExpect(status().isNoContent());
	}

	private ResultActions correct(String apiKey, String response, String json) throws Exception {
		return mvc.perform(patch("/api/v1/responses/" + response).header("X-API-Key", apiKey)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
