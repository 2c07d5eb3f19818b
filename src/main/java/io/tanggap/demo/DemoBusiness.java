package io.tanggap.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Branch;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.Role;
import io.tanggap.identity.Team;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;

/**
 * Creates the demo café chain once, with its surveys and about eighteen months of responses. Every account gets its own random password, printed once at
 * creation: the demo has no default password either.
 */
@Service
public class DemoBusiness {

	static final String NAME = "Kopi Nusantara";

	/** One demo account and the password it was given. */
	public record Account(String email, String name, Role role, String password) {
	}

	private record Person(String email, String name, Role role) {
	}

	private record Place(String name, String city, String address) {
	}

	private static final List<Place> BRANCHES = List.of(
			new Place("Kopi Nusantara Kemang", "Jakarta", "Jl. Kemang Raya No. 12, Jakarta Selatan"),
			new Place("Kopi Nusantara Braga", "Bandung", "Jl. Braga No. 45, Bandung"),
			new Place("Kopi Nusantara Tunjungan", "Surabaya", "Jl. Tunjungan No. 8, Surabaya"));

	private static final Person OWNER = new Person("sari@kopinusantara.example", "Sari Wulandari", Role.OWNER);

	private static final List<Person> STAFF = List.of(
			new Person("dimas@kopinusantara.example", "Dimas Pratama", Role.ADMIN),
			new Person("rina@kopinusantara.example", "Rina Kusuma (Kemang)", Role.AGENT),
			new Person("asep@kopinusantara.example", "Asep Hidayat (Braga)", Role.AGENT),
			new Person("wahyu@kopinusantara.example", "Wahyu Santoso (Tunjungan)", Role.AGENT),
			new Person("lestari@kopinusantara.example", "Lestari Putri (Keuangan)", Role.VIEWER));

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String WORDS = "abcdefghjkmnpqrstuvwxyz23456789";

	private final WorkspaceSetup setup;
	private final BranchDirectory branches;
	private final Team team;
	private final DemoFeedback feedback;

	DemoBusiness(WorkspaceSetup setup, BranchDirectory branches, Team team, DemoFeedback feedback) {
		this.setup = setup;
		this.branches = branches;
		this.team = team;
		this.feedback = feedback;
	}

	/** @return the accounts created, or empty when the demo business already exists */
	@Transactional
	public Optional<List<Account>> createIfAbsent() {
		if (setup.findByName(NAME).isPresent()) {
			return Optional.empty();
		}
		List<Account> accounts = new ArrayList<>();
		String ownerPassword = password();
		WorkspaceId id = setup.create(new NewWorkspace(NAME, OWNER.name(), OWNER.email(), ownerPassword,
				"Asia/Jakarta", "IDR", "id"), "demo");
		accounts.add(new Account(OWNER.email(), OWNER.name(), OWNER.role(), ownerPassword));
		Actor owner = new Actor(id, Role.OWNER, OWNER.email(), team.userId(id, OWNER.email()));
		List<Branch> places = BRANCHES.stream()
			.map(place -> branches.add(owner, place.name(), place.city(), place.address())).toList();
		for (Person person : STAFF) {
			String link = team.invite(owner, person.email(), person.role()).link();
			String password = password();
			team.accept(link.substring(link.lastIndexOf('/') + 1), person.name(), password);
			accounts.add(new Account(person.email(), person.name(), person.role(), password));
		}
		feedback.create(owner, places);
		return Optional.of(accounts);
	}

	/** Four random words of five letters: long, typeable, and never the same twice. */
	private static String password() {
		StringBuilder password = new StringBuilder();
		for (int word = 0; word < 4; word++) {
			if (word > 0) {
				password.append('-');
			}
			for (int letter = 0; letter < 5; letter++) {
				password.append(WORDS.charAt(RANDOM.nextInt(WORDS.length())));
			}
		}
		return password.toString();
	}

	static String describe(List<Account> accounts) {
		StringBuilder text = new StringBuilder("Demo business \"" + NAME + "\" created. Sign in with:\n");
		accounts.forEach(a -> text.append(String.format("  %-8s %-32s %s%n", a.role().key(), a.email(), a.password())));
		return text.append("These passwords are shown only now.").toString();
	}

}
