package io.tanggap.survey;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import com.google.zxing.common.BitMatrix;

/**
 * A printable table card (A6 portrait): the business and branch, a call to action in Bahasa
 * Indonesia with English underneath, the QR code and the link to type. Drawn with PDFBox and
 * Helvetica, one of the PDF standard fonts, so nothing is embedded or fetched; Helvetica's
 * WinAnsiEncoding covers Indonesian and English, and a name's characters outside it print as "?".
 */
final class TableCards {

	static final String QUESTION = "Bagaimana kunjungan Anda?";
	static final String INVITATION = "Pindai untuk memberi tanggapan — hanya 1 menit";
	static final String CALL_TO_ACTION_EN = "How was your visit? Scan to give feedback — just 1 minute.";
	private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
	private static final Color GREY = new Color(0x55, 0x55, 0x55);
	private static final float MARGIN = 24;
	private static final float MAX_QR = 230;

	private TableCards() {
	}

	/**
	 * @param business the workspace's name
	 * @param branch the branch's name, or null for a card of the whole business
	 * @param link what the QR code opens
	 * @param shown the link printed under the code, for people who type it
	 */
	static byte[] pdf(String business, String branch, String link, String shown) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A6);
			document.addPage(page);
			document.getDocumentInformation().setTitle(branch == null ? business : business + " — " + branch);
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				CardText text = new CardText(out, page.getMediaBox().getWidth(), MARGIN);
				float y = page.getMediaBox().getHeight() - MARGIN - 14;
				y = text.centred(business, BOLD, 17, Color.BLACK, y, 2);
				if (branch != null) {
					y = text.centred(branch, REGULAR, 12, GREY, y + 2, 2);
				}
				y = text.centred(QUESTION, BOLD, 15, Color.BLACK, y - 14, 2);
				y = text.centred(INVITATION, BOLD, text.fitting(INVITATION, BOLD, 11.5f, 9.5f), Color.BLACK, y, 2);
				y = text.centred(CALL_TO_ACTION_EN, ITALIC, 9, GREY, y - 1, 2);
				float bottom = MARGIN + 30;
				float size = Math.min(MAX_QR, y - bottom);
				drawCode(out, QrCodes.modules(link), (page.getMediaBox().getWidth() - size) / 2, y + 4 - size, size);
				text.centred(shown, REGULAR, text.fitting(shown, REGULAR, 10, 5.5f), Color.BLACK, MARGIN + 16, 2);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Draws the code as vector rectangles, sharp at any printer resolution; the quiet zone stays white. */
	private static void drawCode(PDPageContentStream out, BitMatrix code, float left, float bottom, float size)
			throws IOException {
		float module = size / code.getWidth();
		float top = bottom + size;
		out.setNonStrokingColor(Color.BLACK);
		for (int y = 0; y < code.getHeight(); y++) {
			int x = 0;
			while (x < code.getWidth()) {
				if (!code.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < code.getWidth() && code.get(x, y)) {
					x++;
				}
				out.addRect(left + start * module, top - (y + 1) * module, (x - start) * module, module);
			}
		}
		out.fill();
	}
}
