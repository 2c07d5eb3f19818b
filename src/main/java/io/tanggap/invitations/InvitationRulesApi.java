package io.tanggap.invitations;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.identity.Actors;

/** {@code /api/v1/invitation-rules}: the workspace's fatigue and reminder rules. */
@RestController
@RequestMapping("/api/v1/invitation-rules")
class InvitationRulesApi {

	private final InvitationRules rules;

	InvitationRulesApi(InvitationRules rules) {
		this.rules = rules;
	}

	@GetMapping
	InvitationRules.Rules get() {
		return rules.of(Actors.require().workspace());
	}

	@PutMapping
	InvitationRules.Rules change(@RequestBody InvitationRules.Rules change) {
		return rules.change(Actors.require(), change.fatigueDays(), change.reminderDays());
	}
}
