package io.tanggap.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The table card is one A6 page with the call to action in both languages and a code that scans. */
class TableCardsTests {

	private static final String SHOWN = "tanggap.example.com/s/0b5d7c1e-3f6a-4a57-9d1e-2c3b4a5d6e7f";

	@Test
	void saysWhatToDoInIndonesianAndEnglish() throws Exception {
		byte[] pdf = TableCards.pdf("Kopi Nusantara", "Cabang Sudirman", QrCodesTests.LINK, SHOWN);
		try (PDDocument card = Loader.loadPDF(pdf)) {
			assertThat(card.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = card.getPage(0).getMediaBox();
			assertThat(size.getWidth()).isEqualTo(PDRectangle.A6.getWidth());
			assertThat(size.getHeight()).isEqualTo(PDRectangle.A6.getHeight());
			String text = new PDFTextStripper().getText(card).replaceAll("\\s+", " ");
			assertThat(text).contains("Kopi Nusantara", "Cabang Sudirman", "Bagaimana kunjungan Anda?",
					"Pindai untuk memberi tanggapan — hanya 1 menit", "How was your visit?", SHOWN);
		}
	}

	@Test
	void printedCodeScansAsTheLink() throws Exception {
		byte[] pdf = TableCards.pdf("Kopi Nusantara", null, QrCodesTests.LINK, SHOWN);
		try (PDDocument card = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(card).renderImageWithDPI(0, 150);
			assertThat(QrCodesTests.decode(page)).isEqualTo(QrCodesTests.LINK);
		}
	}

	@Test
	void printsNamesOutsideTheFontWithQuestionMarks() throws Exception {
		String longName = "Warung Makan Sederhana Padang Asli ".repeat(4);
		byte[] pdf = TableCards.pdf("Kafe ☕ 咖啡", longName, QrCodesTests.LINK, SHOWN);
		try (PDDocument card = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(card);
			assertThat(text).contains("Kafe ? ??", "Bagaimana kunjungan Anda?");
		}
	}
}
