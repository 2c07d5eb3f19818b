package io.tanggap.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/** The branches (locations) of a workspace, which feedback, cases and reports are attributed to. */
@Service
public class BranchDirectory {

	private final Branches branches;
	private final AuditLog audit;
	private final Clock clock;

	BranchDirectory(Branches branches, AuditLog audit, Clock clock) {
		this.branches = branches;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Branch> all(WorkspaceId workspace) {
		return branches.all(workspace);
	}

	@Transactional(readOnly = true)
	public Optional<Branch> find(WorkspaceId workspace, UUID id) {
		return branches.find(workspace, id);
	}

	@Transactional(readOnly = true)
	public Branch get(Actor actor, UUID id) {
		return branches.find(actor.workspace(), id).orElseThrow(() -> Problem.notFound("branch"));
	}

	@Transactional
	public Branch add(Actor actor, String name, String city, String address) {
		actor.requireRole(Role.ADMIN);
		Branch branch = new Branch(UUID.randomUUID(), actor.workspace(), Names.required(name, "name"),
				Names.required(city, "city"), optional(address), clock.instant());
		ensureNameFree(branch);
		branches.insert(branch);
		audit.record(actor, "branch.added", branch.name() + ", " + branch.city());
		return branch;
	}

	@Transactional
	public Branch change(Actor actor, UUID id, String name, String city, String address) {
		actor.requireRole(Role.ADMIN);
		Branch current = get(actor, id);
		Branch changed = new Branch(id, actor.workspace(), Names.required(name, "name"), Names.required(city, "city"),
				optional(address), current.createdAt());
		ensureNameFree(changed);
		branches.update(changed);
		audit.record(actor, "branch.changed", changed.name() + ", " + changed.city());
		return changed;
	}

	@Transactional
	public void remove(Actor actor, UUID id) {
		actor.requireRole(Role.ADMIN);
		Branch branch = get(actor, id);
		branches.delete(actor.workspace(), id);
		audit.record(actor, "branch.removed", branch.name());
	}

	private void ensureNameFree(Branch branch) {
		if (branches.nameTaken(branch.workspace(), branch.name(), branch.id())) {
			throw Problem.conflict("branch-name-taken", branch.name());
		}
	}

	private static String optional(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String stripped = address.strip();
		if (stripped.length() > 300) {
			throw Problem.invalid("too-long", "address", 300);
		}
		return stripped;
	}
}
