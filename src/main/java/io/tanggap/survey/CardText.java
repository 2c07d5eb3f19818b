package io.tanggap.survey;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Centred, wrapped lines of text on a card page, in what the font can print. */
final class CardText {

	private static final float LEADING = 1.25f;

	private final PDPageContentStream out;
	private final float pageWidth;
	private final float margin;

	CardText(PDPageContentStream out, float pageWidth, float margin) {
		this.out = out;
		this.pageWidth = pageWidth;
		this.margin = margin;
	}

	/**
	 * Writes the text centred between the margins, wrapped at spaces into at most {@code maxLines}
	 * (the last one cut with "…" when it is too long).
	 * @param baseline where the first line's baseline lies
	 * @return the baseline for the next line
	 */
	float centred(String text, PDFont font, float size, Color colour, float baseline, int maxLines) throws IOException {
		List<String> lines = wrap(printable(text, font), font, size, maxLines);
		out.setNonStrokingColor(colour);
		float y = baseline;
		for (String line : lines) {
			float width = font.getStringWidth(line) / 1000 * size;
			out.beginText();
			out.setFont(font, size);
			out.newLineAtOffset((pageWidth - width) / 2, y);
			out.showText(line);
			out.endText();
			y -= size * LEADING;
		}
		return y;
	}

	/** @return the largest size up to {@code max} at which the text fits on one line, but at least {@code min} */
	float fitting(String text, PDFont font, float max, float min) throws IOException {
		float fits = (pageWidth - 2 * margin) * 1000 / font.getStringWidth(printable(text, font));
		// A size exactly at the limit can measure a hair too wide when the line is wrapped: stay below it.
		return Math.max(min, Math.min(max, fits * 0.98f));
	}

	private List<String> wrap(String text, PDFont font, float size, int maxLines) throws IOException {
		float available = pageWidth - 2 * margin;
		List<String> lines = new ArrayList<>();
		String line = "";
		for (String word : pieces(text, font, size, available)) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && width(longer, font, size) > available) {
				lines.add(line);
				line = word;
			}
			else {
				line = longer;
			}
		}
		lines.add(line);
		if (lines.size() > maxLines) {
			lines = new ArrayList<>(lines.subList(0, maxLines));
			lines.set(maxLines - 1, lines.get(maxLines - 1) + "…");
		}
		String last = lines.get(lines.size() - 1);
		while (width(last, font, size) > available && last.length() > 1) {
			last = last.substring(0, last.length() - 2) + "…";
		}
		lines.set(lines.size() - 1, last);
		return lines;
	}

	/** Splits the text at spaces, and a word too long for a line (such as a link) where it must. */
	private static List<String> pieces(String text, PDFont font, float size, float available) throws IOException {
		List<String> pieces = new ArrayList<>();
		for (String word : text.split(" ")) {
			int start = 0;
			for (int end = 1; end <= word.length(); end++) {
				if (end - start > 1 && width(word.substring(start, end), font, size) > available) {
					pieces.add(word.substring(start, end - 1));
					start = end - 1;
				}
			}
			pieces.add(word.substring(start));
		}
		return pieces;
	}

	private static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** Replaces characters the font cannot encode with "?", and control characters with spaces. */
	static String printable(String text, PDFont font) {
		StringBuilder printable = new StringBuilder();
		text.strip().codePoints().forEach(c -> {
			String character = Character.isISOControl(c) ? " " : Character.toString(c);
			try {
				font.encode(character);
				printable.append(character);
			}
			catch (IllegalArgumentException | IOException e) {
				printable.append('?');
			}
		});
		return printable.toString();
	}
}
