package io.tanggap.survey;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of survey links, drawn with ZXing: error correction M (a code stays readable with about
 * 15% of it smudged or torn, as on a café table) and a quiet zone of four modules, as the standard asks.
 */
final class QrCodes {

	static final int QUIET_ZONE = 4;
	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.CHARACTER_SET, "UTF-8");

	private QrCodes() {
	}

	/** @return the code with its quiet zone, one bit per module; set bits are dark */
	static BitMatrix modules(String text) {
		return encode(text, 0);
	}

	/**
	 * @param size the width and height in pixels; modules are whole pixels, centred, the rest is margin
	 * @return a black-and-white PNG
	 */
	static byte[] png(String text, int size) {
		BitMatrix matrix = encode(text, size);
		BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		WritableRaster raster = image.getRaster();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				raster.setSample(x, y, 0, matrix.get(x, y) ? 0 : 1);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** @return an SVG that scales to any size: one path of dark runs, one unit per module */
	static String svg(String text) {
		BitMatrix matrix = modules(text);
		int size = matrix.getWidth();
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < size; y++) {
			int x = 0;
			while (x < size) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < size && matrix.get(x, y)) {
					x++;
				}
				path.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
					.append(x - start).append('z');
			}
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %1$d %1$d" shape-rendering="crispEdges">\
				<rect width="%1$d" height="%1$d" fill="#fff"/><path d="%2$s" fill="#000"/></svg>
				""".formatted(size, path);
	}

	private static BitMatrix encode(String text, int size) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("too long for a QR code: " + text.length() + " characters", e);
		}
	}
}
