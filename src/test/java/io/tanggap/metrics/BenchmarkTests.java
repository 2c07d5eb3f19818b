package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;
import tools.jackson.databind.json.JsonMapper;

/** Where a figure lies against a benchmark, the rules of a benchmark's details, and the shipped list. */
class BenchmarkTests {

	private static final Figure NPS = new Figure("nps", "NPS", Unit.POINTS, 50, Optional.of(new Estimate(60, 11, 35, 78)),
			false);

	@Test
	void aBenchmarkIsAboveOrBelowOnlyWhenOurWholeIntervalIs() {
		assertThat(benchmark("nps", 34.9).position(NPS)).contains(Benchmark.Position.ABOVE);
		assertThat(benchmark("nps", 35).position(NPS)).contains(Benchmark.Position.UNCLEAR);
		assertThat(benchmark("nps", 78).position(NPS)).contains(Benchmark.Position.UNCLEAR);
		assertThat(benchmark("nps", 78.1).position(NPS)).contains(Benchmark.Position.BELOW);
		assertThat(benchmark("nps", 43).difference(NPS)).contains(17.0);
		Figure none = new Figure("nps", "NPS", Unit.POINTS, 0, Optional.empty(), true);
		assertThat(benchmark("nps", 43).position(none)).isEmpty();
		assertThatThrownBy(() -> benchmark("csat5_top2", 80).position(NPS)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void valuesLieWithinTheRangeOfTheirFiguresUnit() {
		assertThat(problems("nps", -100.0)).isEmpty();
		assertThat(problems("nps", 100.0)).isEmpty();
		assertThat(problems("nps", -100.01)).containsExactly("benchmark-value-range");
		assertThat(problems("csat5_top2", 0.0)).isEmpty();
		assertThat(problems("csat_yes", 100.01)).containsExactly("benchmark-value-range");
		assertThat(problems("ces7_mean", 1.0)).isEmpty();
		assertThat(problems("ces7_mean", 0.99)).containsExactly("benchmark-value-range");
		assertThat(problems("rating5_mean", 5.5)).containsExactly("benchmark-value-range");
		assertThat(problems("ces7_mean", Double.NaN)).containsExactly("benchmark-value-range");
		assertThat(problems("nps_kita", 10.0)).containsExactly("benchmark-figure-unknown");
	}

	@Test
	void listsEveryMistakeAndThrowsTheFirst() {
		BenchmarkDetails wrong = new BenchmarkDetails(null, null, "l".repeat(201), "", "mailto:a@b.c", 1989, "", null);
		assertThat(wrong.problems(2027)).extracting(Problem::code).containsExactly("benchmark-required",
				"benchmark-required", "benchmark-too-long", "benchmark-required", "benchmark-url", "benchmark-year-range",
				"benchmark-required", "benchmark-required");
		assertThatThrownBy(() -> wrong.checked(2027)).isInstanceOf(Problem.class).hasMessageStartingWith("benchmark-required");
		assertThat(details("nps", 10.0).checked(2027).country()).isEqualTo("global");
	}

	@Test
	void theShippedListKeepsTheRulesAndCitesEverySource() {
		BenchmarkLibrary library = new BenchmarkLibrary(JsonMapper.builder().build(),
				new ClassPathResource(BenchmarkLibrary.LOCATION), 2027);
		assertThat(library.all()).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.url()).startsWith("http");
			assertThat(entry.details().checked(2027)).isNotNull();
			assertThat(entry.method()).isNotBlank();
			assertThat(entry.note()).isNotBlank();
		});
		assertThat(library.all()).filteredOn(e -> e.source().equals("npsBench"))
			.allSatisfy(e -> assertThat(e.method()).startsWith("Not a customer survey"));
	}

	@Test
	void aBrokenListStopsTheStart() {
		String missingNote = """
				{"about": "x", "entries": [{"id": "a", "figure": "nps", "value": 40, "source": "S",
				"url": "https://example.com", "year": 2024, "country": "global", "method": "m"}]}""";
		String outOfRange = missingNote.replace("\"value\": 40", "\"value\": 140").replace("\"method\": \"m\"",
				"\"method\": \"m\", \"note\": \"n\"");
		for (String json : new String[] { missingNote, outOfRange, "[]" }) {
			assertThatThrownBy(() -> new BenchmarkLibrary(JsonMapper.builder().build(),
					new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)), 2027))
				.isInstanceOf(IllegalStateException.class);
		}
	}

	private static Benchmark benchmark(String figure, double value) {
		return new Benchmark(UUID.randomUUID(), new WorkspaceId(UUID.randomUUID()), details(figure, value), "test",
				Instant.now());
	}

	private static BenchmarkDetails details(String figure, Double value) {
		return new BenchmarkDetails(figure, value, null, "Source", null, 2024, "GLOBAL", "method");
	}

	private static java.util.List<String> problems(String figure, Double value) {
		return details(figure, value).problems(2027).stream().map(Problem::code).toList();
	}
}
