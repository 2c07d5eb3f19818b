package io.tanggap.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** QR codes read back as the link they were made of, as PNG and as small, well-formed SVG. */
class QrCodesTests {

	static final String LINK = "https://tanggap.example.com/s/0b5d7c1e-3f6a-4a57-9d1e-2c3b4a5d6e7f"
			+ "?ch=qr&b=11111111-2222-4333-8444-555555555555";

	@Test
	void pngReadsBackAsTheLink() throws Exception {
		for (int size : new int[] { 128, 512, 2048 }) {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(LINK, size)));
			assertThat(image.getWidth()).isEqualTo(size);
			assertThat(image.getHeight()).isEqualTo(size);
			assertThat(decode(image)).isEqualTo(LINK);
		}
	}

	@Test
	void keepsAQuietZoneOfFourModules() {
		BitMatrix modules = QrCodes.modules(LINK);
		for (int i = 0; i < modules.getWidth(); i++) {
			for (int edge = 0; edge < QrCodes.QUIET_ZONE; edge++) {
				assertThat(modules.get(i, edge) || modules.get(edge, i)).isFalse();
				assertThat(modules.get(i, modules.getHeight() - 1 - edge)).isFalse();
			}
		}
		assertThat(modules.get(QrCodes.QUIET_ZONE, QrCodes.QUIET_ZONE)).as("finder pattern corner").isTrue();
	}

	@Test
	void svgIsWellFormedAndSmall() throws Exception {
		String svg = QrCodes.svg(LINK);
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
		int size = QrCodes.modules(LINK).getWidth();
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + size + " " + size);
		assertThat(root.getElementsByTagName("path").getLength()).isEqualTo(1);
		assertThat(svg.length()).isLessThan(20_000);
	}

	static String decode(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (com.google.zxing.ReaderException e) {
			// ZXing's finder now and then takes data modules for a finder pattern (about one code in a few
			// hundred random links here); an image of the code alone is then read module by module.
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
		}
	}
}
