package io.tanggap.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, for owners. */
@Controller
class AuditController {

	static final String VIEW = "identity/audit";
	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/settings/audit")
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = Actors.require().requireRole(Role.OWNER);
		int current = Math.max(0, Math.min(page, 100_000));
		var entries = audit.recent(actor.workspace(), current * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", current);
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		return VIEW;
	}
}
