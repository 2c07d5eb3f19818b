package io.tanggap.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Exports of the current filter as CSV and XLSX, read back with Commons CSV and POI. */
abstract class ResponseExportTests extends ResponseFixtures {

	@Test
	void exportsASurveyWideWithOneColumnPerQuestion() throws Exception {
		MockHttpServletResponse response = api("/api/v1/responses/export.csv?survey=" + visit)
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn().getResponse();
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains(".csv");
		List<CSVRecord> rows = csv(response);
		assertThat(rows.get(0).toList()).containsExactly("response_id", "submitted_at", "survey", "version", "channel",
				"branch", "touchpoint", "language", "nps", "like", "comment", "sentiment", "themes");
		assertThat(rows).extracting(r -> r.get(0)).containsExactly("response_id", afterMidnight, late, early);
		// The last two columns say what text analytics read in the comments, once it has (after the commit).
		assertThat(rows.get(2).toList().subList(0, 11)).containsExactly(late, "2026-03-10T23:30:00+07:00", "Kunjungan",
				"1", "QR", "Sudirman", "kasir", "id", "9", "c1", "Kopinya 100% enak");
		assertThat(rows.get(3).get(6)).isEqualTo("'-meja");
		assertThat(rows.get(3).get(10)).isEqualTo("'=1+2");
	}

	@Test
	void exportsAllSurveysLongWithOneRowPerAnswer() throws Exception {
		List<CSVRecord> rows = csv(api("/api/v1/responses/export.csv?from=2026-03-10&to=2026-03-10")
			.andExpect(status().isOk()).andReturn().getResponse());
		assertThat(rows.get(0).toList()).containsExactly("response_id", "submitted_at", "survey", "version", "channel",
				"branch", "touchpoint", "language", "question_id", "score", "choices", "text", "sentiment", "themes");
		assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0) + " " + r.get(8))
			.containsExactlyInAnyOrder(late + " nps", late + " like", late + " comment", other + " nps", other + " comment");
		assertThat(rows).filteredOn(r -> r.get(0).equals(other) && r.get(8).equals("comment"))
			.singleElement().satisfies(r -> assertThat(r.get(11)).isEqualTo("<b>mantap</b>"));
	}

	@Test
	void exportsXlsxFromThePageWithNumbersAndGuardedFormulas() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/responses/export.xlsx").param("survey", visit.toString())
			.param("maxScore", "6").session(session)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
		assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(text(sheet.getRow(0))).startsWith("response_id", "submitted_at")
				.endsWith("nps", "like", "comment", "sentiment", "themes");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			Row earliest = sheet.getRow(2);
			assertThat(earliest.getCell(0).getStringCellValue()).isEqualTo(early);
			assertThat(earliest.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(earliest.getCell(8).getNumericCellValue()).isEqualTo(6);
			assertThat(earliest.getCell(10).getCellType()).isEqualTo(CellType.STRING);
			assertThat(earliest.getCell(10).getStringCellValue()).isEqualTo("'=1+2");
			assertThat(earliest.getCell(6).getStringCellValue()).isEqualTo("'-meja");
		}
	}

	@Test
	void guardsEveryFormulaStart() {
		assertThat(List.of("=A1", "+1", "-1", "@SUM(A1)", "\tx", "aman", "")).extracting(ExportSheet::safe)
			.containsExactly("'=A1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "aman", "");
	}

	private static List<CSVRecord> csv(MockHttpServletResponse response) throws Exception {
		String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF");
		return CSVFormat.RFC4180.parse(new StringReader(body.substring(1))).getRecords();
	}

	private static List<String> text(Row row) {
		List<String> cells = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		for (Cell cell : row) {
			cells.add(format.formatCellValue(cell));
		}
		return cells;
	}
}
