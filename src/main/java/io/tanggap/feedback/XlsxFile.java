package io.tanggap.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.SAXException;

import io.tanggap.shared.Problem;

/**
 * An uploaded XLSX workbook, of which only the first sheet is read, as a stream of XML events. POI's model of a
 * whole workbook ({@code XSSFWorkbook}) held every cell of every sheet as objects, so a 20 MB upload could take
 * hundreds of megabytes of heap; streaming costs little more than the text of the cells read.
 */
final class XlsxFile {

	private XlsxFile() {
	}

	/**
	 * @param maxRows the most data rows accepted; reading stops at the first row past them
	 * @return the first sheet's rows, header first, without trailing blank rows
	 * @throws Problem 422 when the file is no workbook POI can read or has too many rows
	 * @throws UncheckedIOException when the upload cannot be copied to a temporary file: the server's fault, not
	 *         the file's
	 */
	static List<List<String>> firstSheet(byte[] content, int maxRows) {
		try (Copy copy = new Copy(Files.createTempFile("tanggap-upload-", ".xlsx"))) {
			Files.write(copy.file(), content);
			return firstSheet(copy.file(), maxRows);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot keep the uploaded workbook in a temporary file", e);
		}
	}

	private static List<List<String>> firstSheet(Path file, int maxRows) {
		// ZipSecureFile refuses zip bombs and inflates each part only as it is read
		try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
			// read-only: closing the zip is all the package needs
			OPCPackage workbook = OPCPackage.open(new ZipFileZipEntrySource(zip));
			XSSFReader reader = new XSSFReader(workbook);
			// as XSSFWorkbook does, a workbook without styles gets the default ones
			StylesTable styles = Objects.requireNonNullElseGet(reader.getStylesTable(), StylesTable::new);
			// without phonetic guides, which XSSFWorkbook left out of a string's text too
			var strings = new ReadOnlySharedStringsTable(workbook, false);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw Problem.invalid("import-file-unreadable");
			}
			try (InputStream sheet = sheets.next()) {
				return XlsxSheet.rows(sheet, styles, strings, date1904(reader), maxRows);
			}
		}
		catch (Problem problem) {
			throw problem;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | XmlException
				| RuntimeException e) {
			throw Problem.invalid("import-file-unreadable");
		}
	}

	/** Whether the workbook counts dates from 1904, as old Mac Excel did, rather than from 1900. */
	private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XmlException {
		try (InputStream in = reader.getWorkbookData()) {
			CTWorkbookPr properties = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
				.getWorkbook()
				.getWorkbookPr();
			return properties != null && properties.getDate1904();
		}
	}

	/**
	 * The upload on disk, deleted when closed. From a stream POI would inflate every part of the zip into the heap
	 * before reading any; from a file it inflates a part as it is read.
	 */
	private record Copy(Path file) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			Files.deleteIfExists(file);
		}
	}
}
