package io.tanggap.textanalytics;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Whole-review sentiment derived from an aspect-sentiment data set (HoASA's hotel reviews, CASA's
 * car reviews), a domain the sentiment model never trained on: a review is positive when every
 * aspect it speaks of (every aspect, "general" and "others" included, whose value is not neutral) is
 * positive, negative when every one is negative. A review with aspects of both sentiments, with
 * HoASA's "neg_pos", or with none left is left out: its whole sentiment cannot be told from its
 * aspects. Measured by the F1 of positive and negative, averaged; a neutral reading counts as a miss.
 */
final class AspectDocuments {

	private AspectDocuments() {
	}

	static List<LabelledText> read(Path csvFile) throws IOException {
		List<LabelledText> texts = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			List<String> columns = csv.getHeaderNames();
			for (CSVRecord record : csv) {
				boolean positive = false;
				boolean negative = false;
				for (String aspect : columns.subList(1, columns.size())) {
					String value = record.get(aspect).strip();
					positive |= value.startsWith("pos") || value.equals("neg_pos");
					negative |= value.startsWith("neg");
				}
				if (positive != negative) {
					texts.add(new LabelledText(record.get(0), positive ? Sentiment.POSITIVE : Sentiment.NEGATIVE));
				}
			}
		}
		return texts;
	}

	/** The mean of the F1 of positive and of negative. */
	static double polarF1(Confusion confusion) {
		return (confusion.f1(Sentiment.POSITIVE) + confusion.f1(Sentiment.NEGATIVE)) / 2;
	}
}
