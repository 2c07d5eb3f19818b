package io.tanggap.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The small list of published benchmarks shipped in {@code metrics/benchmarks.json}, which people
 * may copy into their workspace. Every entry cites the page it was read on and says how its figure
 * was measured, in that page's words, and what may be done with it; {@code docs/architecture.md}
 * says how the list was made. Read once at start-up: an entry that breaks a benchmark's rules or
 * lacks its address or note stops the start, naming it.
 */
@Component
class BenchmarkLibrary {

	static final String LOCATION = "metrics/benchmarks.json";

	/**
	 * One published figure.
	 * @param id stable, e.g. {@code npsbench-2024-hotels}
	 * @param url the page the figure was read on
	 * @param note how the figure may be quoted, and what to keep in mind when comparing with it
	 */
	record Entry(String id, String figure, Double value, String label, String source, String url, Integer year,
			String country, String method, String note) {

		public BenchmarkDetails details() {
			return new BenchmarkDetails(figure, value, label, source, url, year, country, method);
		}
	}

	/** The file: what the list is, and its entries. */
	record Contents(String about, List<Entry> entries) {
	}

	private final List<Entry> entries;

	@Autowired
	BenchmarkLibrary(JsonMapper json, Clock clock) {
		this(json, new ClassPathResource(LOCATION), Year.now(clock).getValue() + 1);
	}

	BenchmarkLibrary(JsonMapper json, Resource resource, int nextYear) {
		Contents contents;
		try (InputStream in = resource.getInputStream()) {
			contents = json.readValue(in, Contents.class);
		}
		catch (IOException | JacksonException ex) {
			throw new IllegalStateException("The benchmark list " + resource.getDescription() + " does not read", ex);
		}
		Set<String> ids = new HashSet<>();
		for (Entry entry : contents.entries()) {
			if (entry.id() == null || !entry.id().matches("[a-z0-9-]{1,80}") || !ids.add(entry.id())) {
				throw new IllegalStateException("A benchmark of " + resource.getDescription() + " has a missing, "
						+ "malformed or repeated id: " + entry.id());
			}
			var problems = entry.details().problems(nextYear);
			if (!problems.isEmpty() || entry.url() == null || entry.note() == null || entry.note().isBlank()) {
				throw new IllegalStateException("The benchmark " + entry.id() + " of " + resource.getDescription()
						+ " needs an address and a note and must keep the rules of a benchmark: " + problems);
			}
		}
		entries = List.copyOf(contents.entries());
	}

	/** @return every entry, in the file's order */
	List<Entry> all() {
		return entries;
	}

	Optional<Entry> find(String id) {
		return entries.stream().filter(e -> e.id().equals(id)).findFirst();
	}
}
