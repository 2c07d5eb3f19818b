package io.tanggap.metrics;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.identity.Actors;

/**
 * {@code /api/v1/benchmarks}: the workspace's external benchmarks, which every key may read and
 * admins add and remove, and the shipped list ({@code /library}) they may be copied from.
 */
@RestController
@RequestMapping("/api/v1/benchmarks")
class BenchmarkApi {

	record BenchmarkView(UUID id, String figure, double value, String label, String source, String sourceUrl, int year,
			String country, String method, String createdBy, Instant createdAt) {
		static BenchmarkView of(Benchmark b) {
			BenchmarkDetails d = b.details();
			return new BenchmarkView(b.id(), d.figure(), d.value(), d.label(), d.source(), d.sourceUrl(), d.year(),
					d.country(), d.method(), b.createdBy(), b.createdAt());
		}
	}

	private final BenchmarkManagement benchmarks;
	private final BenchmarkLibrary library;

	BenchmarkApi(BenchmarkManagement benchmarks, BenchmarkLibrary library) {
		this.benchmarks = benchmarks;
		this.library = library;
	}

	@GetMapping
	List<BenchmarkView> list() {
		return benchmarks.all(Actors.require().workspace()).stream().map(BenchmarkView::of).toList();
	}

	@GetMapping("/{id}")
	BenchmarkView get(@PathVariable UUID id) {
		return BenchmarkView.of(benchmarks.get(Actors.require(), id));
	}

	@GetMapping("/library")
	List<BenchmarkLibrary.Entry> library() {
		Actors.require();
		return library.all();
	}

	@PostMapping
	ResponseEntity<BenchmarkView> add(@RequestBody BenchmarkDetails details) {
		return created(benchmarks.add(Actors.require(), details));
	}

	/** Copies an entry of the shipped list into the workspace. */
	@PostMapping("/library/{entry}")
	ResponseEntity<BenchmarkView> addFromLibrary(@PathVariable String entry) {
		return created(benchmarks.addFromLibrary(Actors.require(), entry));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		benchmarks.remove(Actors.require(), id);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<BenchmarkView> created(Benchmark added) {
		return ResponseEntity.created(URI.create("/api/v1/benchmarks/" + added.id())).body(BenchmarkView.of(added));
	}
}
