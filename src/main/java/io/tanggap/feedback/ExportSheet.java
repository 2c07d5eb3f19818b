package io.tanggap.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written row by row to a stream, as CSV or XLSX. Text that a spreadsheet would take for a
 * formula (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe; numbers
 * are written as numbers.
 */
public interface ExportSheet extends AutoCloseable {

	/** @param cells strings, integers or null (an empty cell) */
	void row(List<?> cells) throws IOException;

	/** Writes what is left and ends the file; the stream itself stays open. */
	@Override
	void close() throws IOException;

	static ExportSheet csv(OutputStream out) throws IOException {
		return new Csv(out);
	}

	static ExportSheet xlsx(OutputStream out, String name) {
		return new Xlsx(out, name);
	}

	/** @return the text as a spreadsheet shows it, never as a formula */
	static String safe(String text) {
		if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel reads Indonesian text right. */
	final class Csv implements ExportSheet {

		private final CSVPrinter printer;

		Csv(OutputStream out) throws IOException {
			var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		}

		@Override
		public void row(List<?> cells) throws IOException {
			printer.printRecord(cells.stream().map(c -> c instanceof String s ? safe(s) : c).toList());
		}

		@Override
		public void close() throws IOException {
			printer.flush();
		}
	}

	/** Streaming XLSX: only the last {@value #WINDOW} rows are kept in memory, the rest go to a temporary file. */
	final class Xlsx implements ExportSheet {

		private static final int WINDOW = 100;
		private final OutputStream out;
		private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		private final Sheet sheet;
		private int next;

		Xlsx(OutputStream out, String name) {
			this.out = out;
			this.sheet = workbook.createSheet(name);
		}

		@Override
		public void row(List<?> cells) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < cells.size(); i++) {
				Object value = cells.get(i);
				if (value instanceof Number number) {
					row.createCell(i).setCellValue(number.doubleValue());
				}
				else if (value != null) {
					Cell cell = row.createCell(i);
					cell.setCellValue(safe(value.toString()));
				}
			}
		}

		@Override
		public void close() throws IOException {
			try {
				workbook.write(out);
			}
			finally {
				workbook.close();
			}
		}
	}
}
