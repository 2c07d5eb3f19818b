package io.tanggap.metrics;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.tanggap.shared.Problem;

/**
 * What a benchmark says and where it comes from, as people type it into the form, send it to
 * {@code /api/v1/benchmarks} or as the shipped list holds it. {@link #problems(int)} are its
 * mistakes, each a {@link Problem} naming the field (the names here, as in the API's JSON).
 *
 * @param figure the key of a definition in {@link MetricDefinitions#standard()}, e.g. {@code nps}
 * @param value in that definition's unit: NPS points −100..100, a percentage 0..100, or a mean on
 *        the question's scale (CES 1..7)
 * @param label what it is a figure of, e.g. "Restaurants, Full Service"; optional
 * @param source who published it, e.g. "npsBench"
 * @param sourceUrl where it was published; optional, http or https only
 * @param year the year the figure describes, 1990 to next year
 * @param country the ISO 3166 alpha-2 code of the country it describes, or {@code global}
 * @param method how it was measured, e.g. "survey of 10,000 US consumers"
 */
record BenchmarkDetails(String figure, Double value, String label, String source, String sourceUrl, Integer year,
		String country, String method) {

	static final int FIRST_YEAR = 1990;
	static final String GLOBAL = "global";
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
	private static final MetricDefinitions DEFINITIONS = MetricDefinitions.standard();

	/** The lowest and highest value a figure of a definition can take. */
	record Range(double min, double max) {

		/** @return the range of a score definition's figures, by their unit */
		static Range of(ScoreMetric metric) {
			Unit unit = metric.measure(Histogram.empty(metric.scale())).unit();
			return switch (unit) {
				case POINTS -> new Range(-100, 100);
				case PERCENT -> new Range(0, 100);
				case SCORE -> new Range(metric.scale().min(), metric.scale().max());
			};
		}

		boolean contains(double value) {
			return value >= min && value <= max;
		}
	}

	/**
	 * @param nextYear the latest year a benchmark may describe: next year, as a forecast may
	 * @return the same details with text stripped, blanks as null and the country's code in capitals
	 * @throws Problem the first of {@link #problems(int)}
	 */
	BenchmarkDetails checked(int nextYear) {
		List<Problem> problems = problems(nextYear);
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return new BenchmarkDetails(figure.strip(), value, text(label), source.strip(), text(sourceUrl), year,
				country(country), method.strip());
	}

	/** @return the value as people write it in this language, without trailing zeros: {@code 30,1}, {@code 43} */
	public String valueText(Locale locale) {
		java.text.DecimalFormat format = new java.text.DecimalFormat("0.###",
				java.text.DecimalFormatSymbols.getInstance(locale));
		return value == null ? "" : format.format(value);
	}

	/** @return every mistake, in the order of the fields; empty when there is none */
	List<Problem> problems(int nextYear) {
		List<Problem> problems = new ArrayList<>();
		Optional<ScoreMetric> metric = figure == null ? Optional.empty() : DEFINITIONS.findScoreMetric(figure.strip());
		if (figure == null || figure.isBlank()) {
			problems.add(Problem.invalid("benchmark-required", "figure"));
		}
		else if (metric.isEmpty()) {
			problems.add(Problem.invalid("benchmark-figure-unknown", figure.strip()));
		}
		if (value == null) {
			problems.add(Problem.invalid("benchmark-required", "value"));
		}
		else if (metric.isPresent() && !(Double.isFinite(value) && Range.of(metric.get()).contains(value))) {
			Range range = Range.of(metric.get());
			problems.add(Problem.invalid("benchmark-value-range", value, metric.get().key(), range.min(), range.max()));
		}
		tooLong(problems, "label", label, 200);
		required(problems, "source", source, 200);
		if (text(sourceUrl) != null) {
			tooLong(problems, "sourceUrl", sourceUrl, 500);
			if (!webAddress(sourceUrl.strip())) {
				problems.add(Problem.invalid("benchmark-url", sourceUrl.strip()));
			}
		}
		if (year == null) {
			problems.add(Problem.invalid("benchmark-required", "year"));
		}
		else if (year < FIRST_YEAR || year > nextYear) {
			problems.add(Problem.invalid("benchmark-year-range", String.valueOf(year), String.valueOf(FIRST_YEAR),
					String.valueOf(nextYear)));
		}
		if (text(country) == null) {
			problems.add(Problem.invalid("benchmark-required", "country"));
		}
		else if (country(country) == null) {
			problems.add(Problem.invalid("benchmark-country", country.strip()));
		}
		required(problems, "method", method, 1000);
		return problems;
	}

	private static void required(List<Problem> problems, String field, String text, int max) {
		if (text(text) == null) {
			problems.add(Problem.invalid("benchmark-required", field));
		}
		tooLong(problems, field, text, max);
	}

	private static void tooLong(List<Problem> problems, String field, String text, int max) {
		if (text != null && text.strip().length() > max) {
			problems.add(Problem.invalid("benchmark-too-long", field, max));
		}
	}

	/** @return an absolute http or https address with a host */
	private static boolean webAddress(String address) {
		try {
			URI uri = new URI(address);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	/** @return {@code global}, or the known ISO 3166 alpha-2 code in capitals; null for anything else */
	private static String country(String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.equalsIgnoreCase(GLOBAL)) {
			return GLOBAL;
		}
		String code = stripped.toUpperCase(Locale.ROOT);
		return COUNTRIES.contains(code) ? code : null;
	}

	private static String text(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
