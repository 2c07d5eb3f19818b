package io.tanggap.identity;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.shared.Problem;

/** {@code /api/v1/audit}: the audit log, newest first (owners only). */
@RestController
class AuditApi {

	private final AuditLog audit;

	AuditApi(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/audit")
	List<AuditEntry> recent(@RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "100") int limit) {
		Actor actor = Actors.require().requireRole(Role.OWNER);
		if (offset < 0 || limit < 1 || limit > 1000) {
			throw Problem.invalid("paging", 1000);
		}
		return audit.recent(actor.workspace(), offset, limit);
	}
}
