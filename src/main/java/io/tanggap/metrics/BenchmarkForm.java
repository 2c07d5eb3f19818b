package io.tanggap.metrics;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

import io.tanggap.shared.Problem;

/**
 * The settings page's form for a benchmark, every field as typed; a value may have a decimal comma
 * ({@code 4,5}). {@link #details(BindingResult)} turns it into {@link BenchmarkDetails}, and
 * {@link #reject} puts a {@link Problem} of those details next to the field it is about.
 */
record BenchmarkForm(String figure, String value, String label, String source, String sourceUrl, String year,
		String country, String method) {

	private static final Set<String> FIELDS = Set.of("figure", "value", "label", "source", "sourceUrl", "year",
			"country", "method");

	/** The field of each problem whose first argument is not a field's name. */
	private static final Map<String, String> FIELD_OF = Map.of("benchmark-figure-unknown", "figure",
			"benchmark-value-range", "value", "benchmark-url", "sourceUrl", "benchmark-year-range", "year",
			"benchmark-country", "country");

	static BenchmarkForm empty() {
		return new BenchmarkForm("nps", "", "", "", "", "", "", "");
	}

	/** @return the details typed; a value or year that is not a number is rejected on the form and left out */
	BenchmarkDetails details(BindingResult errors) {
		Double number = null;
		Integer whole = null;
		try {
			number = value == null || value.isBlank() ? null : Double.valueOf(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			errors.rejectValue("value", "benchmarks.not-a-number");
		}
		try {
			whole = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
		}
		catch (NumberFormatException e) {
			errors.rejectValue("year", "benchmarks.not-a-year");
		}
		return new BenchmarkDetails(figure, number, label, source, sourceUrl, whole, country, method);
	}

	/**
	 * Shows a problem next to its field, unless that field already shows one, with a field's name in
	 * the page's words ({@code benchmarks.field.<name>}); a problem of no one field goes above the form.
	 */
	static void reject(BindingResult errors, Problem problem, MessageSource messages, Locale locale) {
		Object[] args = problem.args();
		String field = FIELD_OF.get(problem.code());
		if (field == null && args.length > 0 && args[0] instanceof String name && FIELDS.contains(name)) {
			field = name;
			args[0] = messages.getMessage("benchmarks.field." + name, null, name, locale);
		}
		if (field == null) {
			errors.reject(problem.messageKey(), args, problem.code());
		}
		else if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, problem.messageKey(), args, problem.code());
		}
	}
}
