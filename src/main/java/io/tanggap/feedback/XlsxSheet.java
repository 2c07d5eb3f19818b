package io.tanggap.feedback;

import static org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import io.tanggap.shared.Problem;

/**
 * The rows of a worksheet as text, gathered from its XML events. A cell reads as it did when
 * {@link SpreadsheetRows} used POI's workbook model ({@code XSSFCell}), so that streaming changed what an upload
 * costs, not what is read from it: a number in a date format becomes an ISO local date-time, a whole number loses
 * its {@code .0}, a boolean is {@code true} or {@code false}, a formula gives its cached result (zero when none is
 * cached), an error or a cell without a value is empty, and a missing cell is empty so that columns keep their place.
 */
final class XlsxSheet implements SheetContentsHandler {

	private final StylesTable styles;
	private final boolean date1904;
	private final int maxRows;
	private final List<ColumnStyle> columnStyles = new ArrayList<>();
	/** Whether a style's number format is a date one, by style index: telling costs a regular expression. */
	private final Map<Integer, Boolean> dateStyles = new HashMap<>();
	private final List<List<String>> rows = new ArrayList<>();
	private List<String> row = new ArrayList<>();

	// the cell being read
	private int column;
	private String type;
	private String style;
	private boolean formula;
	private String value;

	private XlsxSheet(StylesTable styles, boolean date1904, int maxRows) {
		this.styles = styles;
		this.date1904 = date1904;
		this.maxRows = maxRows;
	}

	/**
	 * @param maxRows the most data rows accepted; reading stops at the first row past them and a header
	 * @return the rows, header first, without trailing blank rows
	 * @throws Problem 422 with too many rows
	 */
	static List<List<String>> rows(InputStream sheetXml, StylesTable styles, SharedStrings strings, boolean date1904,
			int maxRows) throws IOException, SAXException, ParserConfigurationException {
		XlsxSheet sheet = new XlsxSheet(styles, date1904, maxRows);
		XMLReader reader = XMLHelper.newXMLReader();
		reader.setContentHandler(new Events(strings, sheet));
		reader.parse(new InputSource(sheetXml));
		while (!sheet.rows.isEmpty() && sheet.rows.get(sheet.rows.size() - 1).stream().allMatch(String::isBlank)) {
			sheet.rows.remove(sheet.rows.size() - 1);
		}
		return sheet.rows;
	}

	@Override
	public void startRow(int number) {
		// a row past the limit is refused even when blank, as XSSFWorkbook's last row number was
		if (number > maxRows + 1) {
			throw Problem.invalid("import-too-many-rows", maxRows);
		}
		row = new ArrayList<>();
	}

	@Override
	public void endRow(int number) {
		put(rows, number, row, ArrayList::new);
	}

	private void startCell(Attributes attributes) {
		String reference = attributes.getValue("r");
		column = reference == null ? row.size() : new CellAddress(reference).getColumn();
		type = Objects.requireNonNullElse(attributes.getValue("t"), "n");
		style = attributes.getValue("s");
		formula = false;
		value = null;
	}

	/** Called only for a cell with a value: a shared string resolved, a boolean as TRUE or FALSE, else as written. */
	@Override
	public void cell(String reference, String value, XSSFComment comment) {
		this.value = value;
	}

	private void endCell() {
		put(row, column, text(), () -> "");
	}

	private String text() {
		return switch (type) {
			case "b" -> String.valueOf("TRUE".equals(value));
			case "e" -> "";
			case "s", "inlineStr" -> Objects.requireNonNullElse(value, "");
			// a formula's text result, which may hold escapes such as _x000D_
			case "str" -> value == null ? "" : new XSSFRichTextString(value).getString();
			// a number; a formula without a cached result counts as zero, as XSSFCell had it
			default -> value == null && !formula ? ""
					: number(value == null || value.isEmpty() ? 0 : Double.parseDouble(value));
		};
	}

	private String number(double number) {
		XSSFCellStyle format = cellStyle();
		if (format != null && DateUtil.isValidExcelDate(number) && dateStyles.computeIfAbsent((int) format.getIndex(),
				index -> DateUtil.isADateFormat(format.getDataFormat(), format.getDataFormatString()))) {
			return DateUtil.getLocalDateTime(number, date1904).toString();
		}
		return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
				: String.valueOf(number);
	}

	/** The cell's own style, else its column's default style, else the workbook's first: as XSSFCell finds it. */
	private XSSFCellStyle cellStyle() {
		XSSFCellStyle own = style != null && styles.getNumCellStyles() > 0 ? styles.getStyleAt(Integer.parseInt(style))
				: null;
		if (own != null) {
			return own;
		}
		int index = columnStyles.stream().filter(c -> c.covers(column)).findFirst().map(ColumnStyle::style).orElse(0);
		return styles.getStyleAt(index);
	}

	/** Sets the item at an index, filling a gap before it; a repeated index replaces, as in XSSFWorkbook. */
	private static <T> void put(List<T> list, int index, T item, Supplier<T> gap) {
		while (list.size() < index) {
			list.add(gap.get());
		}
		if (index < list.size()) {
			list.set(index, item);
		}
		else {
			list.add(item);
		}
	}

	/** A {@code <col>} range's default style; columns are counted from 1. */
	private record ColumnStyle(int min, int max, int style) {

		static ColumnStyle of(Attributes col) {
			String style = col.getValue("style");
			return new ColumnStyle(Integer.parseInt(col.getValue("min")), Integer.parseInt(col.getValue("max")),
					style == null ? 0 : Integer.parseInt(style));
		}

		boolean covers(int column) {
			return min <= column + 1 && column + 1 <= max;
		}
	}

	/**
	 * POI's sheet handler, which reports only cells with a value and formats numbers its own way. Given no styles
	 * it hands numbers over as written; this subclass also tells the sheet of column styles, formulas and every
	 * cell, valued or not, so that the sheet can read a cell as XSSFCell did.
	 */
	private static final class Events extends XSSFSheetXMLHandler {

		private final XlsxSheet sheet;

		Events(SharedStrings strings, XlsxSheet sheet) {
			super(null, strings, sheet, false);
			this.sheet = sheet;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if (NS_SPREADSHEETML.equals(uri)) {
				switch (localName) {
					case "col" -> sheet.columnStyles.add(ColumnStyle.of(attributes));
					case "c" -> sheet.startCell(attributes);
					case "f" -> sheet.formula = true;
					default -> {
					}
				}
			}
			super.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			super.endElement(uri, localName, qName);
			if (NS_SPREADSHEETML.equals(uri) && "c".equals(localName)) {
				sheet.endCell();
			}
		}
	}
}
