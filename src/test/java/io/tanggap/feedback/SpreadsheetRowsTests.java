package io.tanggap.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.tanggap.shared.Problem;

/** Reading an uploaded XLSX workbook into a header and rows of text. */
class SpreadsheetRowsTests {

	private static final String SHEET = "xl/worksheets/sheet1.xml";

	@Test
	void readsTheHeaderAndRowsOfTheFirstSheet() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet first = workbook.createSheet("Tanggapan");
		row(first, 0, " nama ", "cabang");
		row(first, 1, "Ayu", "Kemang");
		row(first, 2, "Budi", "Depok");
		row(workbook.createSheet("Catatan"), 0, "bukan", "ini");

		SpreadsheetRows sheet = SpreadsheetRows.read("kunjungan.xlsx", bytes(workbook));

		assertThat(sheet.headers()).containsExactly("nama", "cabang");
		assertThat(sheet.rows()).containsExactly(List.of("Ayu", "Kemang"), List.of("Budi", "Depok"));
	}

	@Test
	void readsADateAsAnIsoLocalDateTime() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
		Sheet sheet = workbook.createSheet();
		row(sheet, 0, "waktu", "kolom tanggal");
		sheet.setDefaultColumnStyle(1, date);
		Row row = sheet.createRow(1);
		row.createCell(0).setCellValue(LocalDateTime.of(2025, 4, 1, 8, 30));
		row.getCell(0).setCellStyle(date);
		row.createCell(1).setCellValue(LocalDateTime.of(2025, 4, 2, 19, 45, 10));
		// POI copies the column's style into the cell; without it, the column's date format still applies
		byte[] columnStyled = replace(bytes(workbook), SHEET, xml -> xml.replaceFirst("(<c r=\"B2\"[^>]*) s=\"\\d+\"", "$1"));

		assertThat(part(columnStyled, SHEET)).contains("<c r=\"B2\" t=\"n\">");
		assertThat(SpreadsheetRows.read("kunjungan.xlsx", columnStyled).rows())
			.containsExactly(List.of("2025-04-01T08:30", "2025-04-02T19:45:10"));
	}

	@Test
	void readsAWholeNumberWithoutItsFractionAndADecimalAsIs() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet();
		row(sheet, 0, "nps", "rata-rata", "selisih");
		Row row = sheet.createRow(1);
		row.createCell(0).setCellValue(10);
		row.createCell(1).setCellValue(7.25);
		row.createCell(2).setCellValue(-3);

		assertThat(rows(workbook)).containsExactly(List.of("10", "7.25", "-3"));
	}

	@Test
	void readsABooleanAndTheCachedResultOfAFormula() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet();
		row(sheet, 0, "setuju", "jumlah", "kata", "benar");
		Row row = sheet.createRow(1);
		row.createCell(0).setCellValue(true);
		row.createCell(1).setCellFormula("4+5");
		row.createCell(2).setCellFormula("\"ya\"");
		row.createCell(3).setCellFormula("1=1");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

		assertThat(rows(workbook)).containsExactly(List.of("true", "9", "ya", "true"));
	}

	@Test
	void readsSharedAndInlineStringsAlike() throws IOException {
		XSSFWorkbook shared = new XSSFWorkbook();
		row(shared.createSheet(), 0, "komentar");
		row(shared.getSheetAt(0), 1, "Enak sekali");
		SXSSFWorkbook inline = new SXSSFWorkbook();
		row(inline.createSheet(), 0, "komentar");
		row(inline.getSheetAt(0), 1, "Enak sekali");
		byte[] inlineBytes = bytes(inline);

		assertThat(part(inlineBytes, SHEET)).contains("t=\"inlineStr\"");
		assertThat(SpreadsheetRows.read("b.xlsx", inlineBytes).rows()).containsExactly(List.of("Enak sekali"));
		assertThat(rows(shared)).containsExactly(List.of("Enak sekali"));
	}

	@Test
	void keepsColumnsInPlaceAcrossMissingCellsAndDropsTrailingEmptyRows() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet();
		row(sheet, 0, "a", "b", "c");
		Row gap = sheet.createRow(1);
		gap.createCell(0).setCellValue("kiri");
		gap.createCell(2).setCellValue("kanan");
		// row 2 is missing altogether
		sheet.createRow(3).createCell(1).setCellValue("tengah");
		sheet.createRow(4).createCell(0).setCellValue(" ");
		sheet.createRow(6);

		assertThat(rows(workbook)).containsExactly(List.of("kiri", "", "kanan"), List.of(), List.of("", "tengah"));
	}

	@Test
	void refusesAnEmptyFirstSheet() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Kosong");
		row(workbook.createSheet("Isi"), 0, "nama");

		assertProblem(bytes(workbook), "import-file-empty");
	}

	@Test
	void refusesACorruptWorkbook() {
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);

		assertProblem(noise, "import-file-unreadable");
	}

	@Test
	void refusesASheetWhoseXmlIsBroken() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		row(workbook.createSheet(), 0, "nama");
		byte[] broken = replace(bytes(workbook), SHEET, xml -> xml.substring(0, xml.length() / 2));

		assertProblem(broken, "import-file-unreadable");
	}

	@Test
	void acceptsAsManyRowsAsTheLimit() throws IOException {
		SpreadsheetRows sheet = SpreadsheetRows.read("b.xlsx", numbered(SpreadsheetRows.MAX_ROWS));

		assertThat(sheet.rows()).hasSize(SpreadsheetRows.MAX_ROWS);
		assertThat(sheet.rows().get(SpreadsheetRows.MAX_ROWS - 1)).containsExactly(String.valueOf(SpreadsheetRows.MAX_ROWS));
	}

	@Test
	void refusesMoreRowsThanTheLimit() throws IOException {
		assertProblem(numbered(SpreadsheetRows.MAX_ROWS + 1), "import-too-many-rows");
	}

	@Test
	void stopsReadingAtTheFirstRowPastTheLimit() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		row(workbook.createSheet(), 0, "nama");
		int past = SpreadsheetRows.MAX_ROWS + 3;
		// a row past the limit, then XML that would make the file unreadable if it were read
		byte[] cutOff = replace(bytes(workbook), SHEET,
				xml -> xml.substring(0, xml.indexOf("</sheetData>")) + "<row r=\"" + past + "\"><c r=\"A" + past);

		assertProblem(cutOff, "import-too-many-rows");
	}

	private static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

	/** A header and the numbers 1 to {@code count}, one row each, streamed so that a large sheet is quick to build. */
	private static byte[] numbered(int count) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook();
		Sheet sheet = workbook.createSheet();
		sheet.createRow(0).createCell(0).setCellValue("nomor");
		for (int i = 1; i <= count; i++) {
			sheet.createRow(i).createCell(0).setCellValue(i);
		}
		return bytes(workbook);
	}

	private static List<List<String>> rows(Workbook workbook) throws IOException {
		return SpreadsheetRows.read("kunjungan.xlsx", bytes(workbook)).rows();
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void assertProblem(byte[] content, String code) {
		assertThatThrownBy(() -> SpreadsheetRows.read("kunjungan.xlsx", content))
			.isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.code()).isEqualTo(code));
	}

	private static String part(byte[] zip, String name) throws IOException {
		// SXSSFWorkbook stores entries with data descriptors, which java.util.zip cannot read as a stream
		try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
			for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " not in the workbook");
	}

	/** The workbook with one part's XML changed. */
	private static byte[] replace(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(name)) {
					content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
			}
		}
		return bytes.toByteArray();
	}
}
