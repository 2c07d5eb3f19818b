package io.tanggap.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.tanggap.TestWorkspaces;
import io.tanggap.identity.BranchDirectory;

/** Importing earlier responses from CSV and XLSX files through the API. */
abstract class ResponseImportTests {

	static final String SURVEY = """
			{"name": "Setelah kunjungan", "definition": {
			  "languages": ["id", "en"],
			  "title": {"id": "Kunjungan Anda", "en": "Your visit"},
			  "questions": [
			    {"id": "nps", "type": "NPS", "required": true, "role": "NPS",
			     "text": {"id": "Seberapa mungkin Anda merekomendasikan kami?", "en": "How likely are you to recommend us?"}},
			    {"id": "topik", "type": "MULTIPLE_CHOICE", "text": {"id": "Apa yang Anda sukai?", "en": "What did you like?"},
			     "choices": [{"id": "kopi", "label": {"id": "Kopi", "en": "Coffee"}},
			                 {"id": "layanan", "label": {"id": "Layanan", "en": "Service"}}]},
			    {"id": "kontak", "type": "CONSENT", "text": {"id": "Boleh kami hubungi?", "en": "May we contact you?"}},
			    {"id": "comment", "type": "TEXT", "text": {"id": "Ceritakan lebih lanjut", "en": "Tell us more"}}
			  ]}}""";

	static final String CSV = """
			Waktu,Cabang,Seberapa mungkin Anda merekomendasikan kami?,Apa yang Anda sukai?,Boleh kami hubungi?,Ceritakan lebih lanjut
			2025-03-01 09:15,Kemang,9,Kopi;layanan,ya,Enak sekali
			02/03/2025 10:00,kemang,10,Coffee,tidak,
			2025-03-03T11:00:00+07:00,,6,,,"Antre lama, tapi ramah"
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	BranchDirectory branches;

	@Autowired
	JdbcClient jdbc;

	String key;
	String owner;
	String survey;
	UUID kemang;

	@BeforeEach
	void workspaceWithPublishedSurveyAndBranch() throws Exception {
		TestWorkspaces.TestWorkspace created = workspaces.create();
		owner = created.ownerEmail();
		key = created.key();
		kemang = branches.add(created.owner(), "Kemang", "Jakarta", null).id();
		survey = mvc.perform(post("/api/v1/surveys").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(SURVEY)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
			.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(post("/api/v1/surveys/" + survey + "/publish").header("X-API-Key", key)).andExpect(status().isOk());
	}

	@Test
	void importsACsvFileWithIndonesianHeaders() throws Exception {
		importFile("kunjungan.csv", CSV.getBytes(StandardCharsets.UTF_8), false, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3)).andExpect(jsonPath("$.imported").value(3))
			.andExpect(jsonPath("$.duplicates").value(0)).andExpect(jsonPath("$.rejected").isEmpty());
		assertThat(count()).isEqualTo(3);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ? AND channel = 'IMPORT' AND branch_id = ?")
			.params(UUID.fromString(survey), kemang).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT submitted_at FROM survey_response WHERE survey_id = ? ORDER BY submitted_at")
			.param(UUID.fromString(survey)).query(java.time.OffsetDateTime.class).list())
			.extracting(t -> t.toInstant()).containsExactly(Instant.parse("2025-03-01T02:15:00Z"),
					Instant.parse("2025-03-02T03:00:00Z"), Instant.parse("2025-03-03T04:00:00Z"));
		assertThat(jdbc.sql("SELECT choices FROM answer a JOIN survey_response r ON r.id = a.response_id "
				+ "WHERE r.survey_id = ? AND a.question_id = 'topik' ORDER BY r.submitted_at").param(UUID.fromString(survey))
			.query(String.class).list()).hasSize(2).first().asString().contains("kopi").contains("layanan");
	}

	@Test
	void importsAnXlsxFile() throws Exception {
		importFile("kunjungan.xlsx", workbook(), false, "{\"answers\": {\"comment\": \"Catatan\"}}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.rejected").isEmpty());
		assertThat(count()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT text_value FROM answer a JOIN survey_response r ON r.id = a.response_id "
				+ "WHERE r.survey_id = ? AND a.question_id = 'comment'").param(UUID.fromString(survey))
			.query(String.class).list()).containsExactly("Mantap");
	}

	@Test
	void storesNothingInADryRun() throws Exception {
		importFile("kunjungan.csv", CSV.getBytes(StandardCharsets.UTF_8), true, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3)).andExpect(jsonPath("$.imported").value(3));
		assertThat(count()).isZero();
	}

	@Test
	void addsNothingWhenTheSameFileIsImportedAgain() throws Exception {
		byte[] file = CSV.getBytes(StandardCharsets.UTF_8);
		importFile("kunjungan.csv", file, false, null).andExpect(jsonPath("$.imported").value(3));
		importFile("lagi.csv", file, false, null).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.duplicates").value(3));
		importFile("lagi.csv", file, true, null).andExpect(jsonPath("$.duplicates").value(3));
		assertThat(count()).isEqualTo(3);
	}

	@Test
	void reportsEachWrongRowWithItsNumberAndColumn() throws Exception {
		String csv = """
				Waktu,Cabang,nps,topik
				2025-03-01 09:15,Kemang,11,
				2025-03-01 09:20,Kemang,8,teh
				kemarin,Kemang,8,
				2025-03-01 09:30,Bandung,8,
				2025-03-01 09:40,Kemang,7,kopi
				""";
		importFile("salah.csv", csv.getBytes(StandardCharsets.UTF_8), false, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(5)).andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected.length()").value(4))
			.andExpect(jsonPath("$.rejected[0].row").value(2)).andExpect(jsonPath("$.rejected[0].column").value("nps"))
			.andExpect(jsonPath("$.rejected[0].code").value("answer-out-of-range"))
			.andExpect(jsonPath("$.rejected[0].message").value("Baris 2, kolom nps: Jawaban pertanyaan nps harus antara 0 dan 10."))
			.andExpect(jsonPath("$.rejected[1].row").value(3)).andExpect(jsonPath("$.rejected[1].column").value("topik"))
			.andExpect(jsonPath("$.rejected[1].code").value("answer-unknown-choice"))
			.andExpect(jsonPath("$.rejected[2].row").value(4)).andExpect(jsonPath("$.rejected[2].column").value("Waktu"))
			.andExpect(jsonPath("$.rejected[2].code").value("import-time"))
			.andExpect(jsonPath("$.rejected[3].row").value(5)).andExpect(jsonPath("$.rejected[3].column").value("Cabang"))
			.andExpect(jsonPath("$.rejected[3].code").value("branch-unknown"));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void refusesAFileWithWrongColumnsBeforeStoringAnything() throws Exception {
		String noScore = "Waktu,comment\n2025-03-01 09:15,Enak\n";
		importFile("tanpa-nps.csv", noScore.getBytes(StandardCharsets.UTF_8), false, null)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/import-column-missing"));
		importFile("kunjungan.csv", CSV.getBytes(StandardCharsets.UTF_8), false, "{\"answers\": {\"comment\": \"Catatan\"}}")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/import-column-unknown"));
		assertThat(count()).isZero();
	}

	@Test
	void importsThroughTheStaffPageWithAPreviewAndProgress() throws Exception {
		var session = (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", owner)
			.param("password", "kata-sandi-panjang-1")).andReturn().getRequest().getSession(false);
		mvc.perform(get("/surveys/" + survey).session(session))
			.andExpect(content().string(containsString("/surveys/" + survey + "/import")));
		mvc.perform(get("/surveys/" + survey + "/import").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Impor tanggapan")));
		String mapping = mvc.perform(multipart("/surveys/" + survey + "/import").file(new MockMultipartFile("file",
				"kunjungan.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8))).with(csrf()).session(session))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(mapping).session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"Waktu\" selected")));
		mvc.perform(post(mapping + "/check").with(csrf()).session(session).param("submittedAt", "Waktu")
				.param("branch", "Cabang").param("q.nps", "Seberapa mungkin Anda merekomendasikan kami?")
				.param("q.comment", "Ceritakan lebih lanjut"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("3 baris: 3 akan disimpan")))
			.andExpect(content().string(containsString("Antre lama, tapi ramah")));
		assertThat(count()).isZero();
		String progress = mvc.perform(post(mapping + "/start").with(csrf()).session(session))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		for (int i = 0; i < 100 && count() < 3; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(200);
		mvc.perform(get(progress).param("part", "progress").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("3 baris: 3 disimpan")));
		mvc.perform(get(progress).session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Impor selesai")));
		assertThat(count()).isEqualTo(3);
	}

	private ResultActions importFile(String name, byte[] content, boolean dryRun, String mapping) throws Exception {
		var request = multipart("/api/v1/surveys/" + survey + "/imports").file(new MockMultipartFile("file", name,
				"application/octet-stream", content));
		if (mapping != null) {
			request.file(new MockMultipartFile("mapping", "", "application/json", mapping.getBytes(StandardCharsets.UTF_8)));
		}
		return mvc.perform(request.param("dryRun", String.valueOf(dryRun)).header("X-API-Key", key));
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(UUID.fromString(survey))
			.query(Long.class).single();
	}

	static byte[] workbook() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Tanggapan");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			Row header = sheet.createRow(0);
			String[] headers = { "submitted_at", "branch", "nps", "Catatan" };
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
			}
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue(LocalDateTime.of(2025, 4, 1, 8, 30));
			first.getCell(0).setCellStyle(date);
			first.createCell(1).setCellValue("KEMANG");
			first.createCell(2).setCellValue(10);
			first.createCell(3).setCellValue("Mantap");
			Row second = sheet.createRow(2);
			second.createCell(0).setCellValue("2025-04-02 19:45");
			second.createCell(2).setCellValue(7);
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
