package io.tanggap.metrics;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.identity.AuditLog;
import io.tanggap.identity.Role;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/**
 * The external benchmarks of a workspace: everyone reads them, admins add them (typed in or copied
 * from the {@link BenchmarkLibrary}) and remove them; both are audited.
 */
@Service
class BenchmarkManagement {

	private final Benchmarks benchmarks;
	private final BenchmarkLibrary library;
	private final AuditLog audit;
	private final Clock clock;

	BenchmarkManagement(Benchmarks benchmarks, BenchmarkLibrary library, AuditLog audit, Clock clock) {
		this.benchmarks = benchmarks;
		this.library = library;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Benchmark> all(WorkspaceId workspace) {
		return benchmarks.all(workspace);
	}

	@Transactional(readOnly = true)
	Benchmark get(Actor actor, UUID id) {
		return benchmarks.find(actor.workspace(), id).orElseThrow(() -> Problem.notFound("benchmark"));
	}

	/** @return the latest year a benchmark may describe */
	int nextYear() {
		return Year.now(clock).getValue() + 1;
	}

	/**
	 * @throws Problem 403 for less than an admin, 422 for details that break a rule
	 *         ({@link BenchmarkDetails#problems(int)}), 409 for one the workspace already holds
	 */
	@Transactional
	Benchmark add(Actor actor, BenchmarkDetails details) {
		actor.requireRole(Role.ADMIN);
		BenchmarkDetails checked = details.checked(nextYear());
		if (benchmarks.holds(actor.workspace(), checked)) {
			throw Problem.conflict("benchmark-duplicate", checked.source(), String.valueOf(checked.year()));
		}
		Benchmark benchmark = new Benchmark(UUID.randomUUID(), actor.workspace(), checked, actor.name(), clock.instant());
		benchmarks.insert(benchmark);
		audit.record(actor, "benchmark.added", checked.figure() + " " + checked.value() + " (" + checked.source() + ", "
				+ checked.year() + ", " + checked.country() + ")");
		return benchmark;
	}

	/** @throws Problem 404 for an entry the list does not have; otherwise as {@link #add} */
	@Transactional
	Benchmark addFromLibrary(Actor actor, String entry) {
		actor.requireRole(Role.ADMIN);
		return add(actor, library.find(entry).orElseThrow(() -> Problem.notFound("library-benchmark")).details());
	}

	@Transactional
	void remove(Actor actor, UUID id) {
		actor.requireRole(Role.ADMIN);
		Benchmark benchmark = get(actor, id);
		benchmarks.delete(actor.workspace(), id);
		audit.record(actor, "benchmark.removed", benchmark.details().figure() + " " + benchmark.details().value() + " ("
				+ benchmark.details().source() + ", " + benchmark.details().year() + ")");
	}
}
