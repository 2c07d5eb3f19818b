package io.tanggap.identity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/branches}: the workspace's branches. */
@RestController
@RequestMapping("/api/v1/branches")
class BranchApi {

	record BranchView(UUID id, String name, String city, String address) {
		static BranchView of(Branch b) {
			return new BranchView(b.id(), b.name(), b.city(), b.address());
		}
	}

	private final BranchDirectory branches;

	BranchApi(BranchDirectory branches) {
		this.branches = branches;
	}

	@GetMapping
	List<BranchView> list() {
		return branches.all(Actors.require().workspace()).stream().map(BranchView::of).toList();
	}

	@GetMapping("/{id}")
	BranchView get(@PathVariable UUID id) {
		return BranchView.of(branches.get(Actors.require(), id));
	}

	@PostMapping
	ResponseEntity<BranchView> add(@Validated @RequestBody Forms.BranchDetails details) {
		Branch added = branches.add(Actors.require(), details.name(), details.city(), details.address());
		return ResponseEntity.created(URI.create("/api/v1/branches/" + added.id())).body(BranchView.of(added));
	}

	@PutMapping("/{id}")
	BranchView change(@PathVariable UUID id, @Validated @RequestBody Forms.BranchDetails details) {
		return BranchView.of(branches.change(Actors.require(), id, details.name(), details.city(), details.address()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		branches.remove(Actors.require(), id);
		return ResponseEntity.noContent().build();
	}
}
