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
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users} and {@code /api/v1/invitations}: the team. */
@RestController
class TeamApi {

	private final Team team;

	TeamApi(Team team) {
		this.team = team;
	}

	@GetMapping("/api/v1/users")
	List<Team.Member> members() {
		return team.members(Actors.require());
	}

	@GetMapping("/api/v1/users/{id}")
	Team.Member member(@PathVariable UUID id) {
		return team.member(Actors.require(), id);
	}

	@PutMapping("/api/v1/users/{id}/role")
	Team.Member changeRole(@PathVariable UUID id, @Validated @RequestBody Forms.RoleChange change) {
		return team.changeRole(Actors.require(), id, change.role());
	}

	@DeleteMapping("/api/v1/users/{id}")
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		team.remove(Actors.require(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/invitations")
	List<Team.PendingInvitation> invitations() {
		return team.invitations(Actors.require());
	}

	@GetMapping("/api/v1/invitations/{id}")
	Team.PendingInvitation invitation(@PathVariable UUID id) {
		return team.invitation(Actors.require(), id);
	}

	/** The response carries the invitation link: the only time it can be read. */
	@PostMapping("/api/v1/invitations")
	ResponseEntity<Team.IssuedInvitation> invite(@Validated @RequestBody Forms.Invite invite) {
		Team.IssuedInvitation issued = team.invite(Actors.require(), invite.email(), invite.role());
		return ResponseEntity.created(URI.create("/api/v1/invitations/" + issued.id())).body(issued);
	}

	@DeleteMapping("/api/v1/invitations/{id}")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		team.revokeInvitation(Actors.require(), id);
		return ResponseEntity.noContent().build();
	}
}
