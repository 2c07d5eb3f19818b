package io.tanggap.metrics.drivers;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@link DriverRatings} from a CSV file with a header row (comma- or semicolon-separated,
 * decimal point). Every missing or non-numeric value in the columns analysed is an error naming
 * its row, counted as in a spreadsheet (the header is row 1); no row is dropped silently.
 */
final class RatingsCsv {

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

	/** At most this many bad values are listed. */
	private static final int LISTED = 10;

	private final List<String> columns;

	private final List<CSVRecord> records;

	private RatingsCsv(List<String> columns, List<CSVRecord> records) {
		this.columns = columns;
		this.records = records;
	}

	static RatingsCsv read(String text) throws IOException {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		String header = content.lines().findFirst().orElse("");
		char delimiter = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
			.setTrim(true).setIgnoreEmptyLines(true).get();
		try (Reader reader = new StringReader(content); var parser = format.parse(reader)) {
			return new RatingsCsv(List.copyOf(parser.getHeaderNames()), parser.getRecords());
		}
	}

	/**
	 * @param drivers the driver columns, or empty for every other column whose values are mostly numbers
	 * @throws NotAnalysable for an unknown column (listing the columns) or missing and non-numeric values
	 */
	DriverRatings ratings(String outcome, Optional<List<String>> drivers) {
		requireColumn(outcome);
		List<String> names = drivers.orElseGet(() -> numericColumns(outcome));
		names.forEach(this::requireColumn);
		if (names.contains(outcome)) {
			throw new NotAnalysable("The outcome " + outcome + " cannot also be a driver.");
		}
		if (names.isEmpty()) {
			throw new NotAnalysable("No numeric columns besides " + outcome + " to use as drivers.");
		}
		double[] y = new double[records.size()];
		double[][] x = new double[records.size()][names.size()];
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			y[i] = number(i, outcome, problems);
			for (int j = 0; j < names.size(); j++) {
				x[i][j] = number(i, names.get(j), problems);
			}
		}
		if (!problems.isEmpty()) {
			String more = problems.size() > LISTED ? "\n(" + (problems.size() - LISTED) + " more)" : "";
			throw new NotAnalysable(String.join("\n", problems.subList(0, Math.min(LISTED, problems.size()))) + more
					+ "\nRows with missing values are not left out silently: fix or remove them.");
		}
		return new DriverRatings(outcome, names, y, x);
	}

	private double number(int index, String column, List<String> problems) {
		CSVRecord record = records.get(index);
		String value = record.isSet(column) ? record.get(column) : "";
		if (NUMBER.matcher(value).matches()) {
			return Double.parseDouble(value);
		}
		int row = index + 2;
		problems.add(value.isEmpty() ? "Row " + row + ", column " + column + ": missing value."
				: "Row " + row + ", column " + column + ": \"" + value + "\" is not a number.");
		return Double.NaN;
	}

	private List<String> numericColumns(String outcome) {
		List<String> numeric = new ArrayList<>();
		for (String column : columns) {
			long filled = records.stream().filter(r -> r.isSet(column) && !r.get(column).isEmpty()).count();
			long numbers = records.stream().filter(r -> r.isSet(column) && NUMBER.matcher(r.get(column)).matches()).count();
			if (!column.equals(outcome) && numbers * 2 > filled) {
				numeric.add(column);
			}
		}
		return numeric;
	}

	private void requireColumn(String column) {
		if (!columns.contains(column)) {
			throw new NotAnalysable("No column " + column + "; the columns are: " + String.join(", ", columns) + ".");
		}
	}
}
