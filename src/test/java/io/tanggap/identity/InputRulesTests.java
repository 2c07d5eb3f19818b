package io.tanggap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.tanggap.shared.Problem;

/** The rules every form and endpoint share for addresses, passwords, names and settings. */
class InputRulesTests {

	@Test
	void normalisesAndChecksEmailAddresses() {
		assertThat(EmailAddresses.normalise("  Ani@Kopi.CO.id ")).isEqualTo("ani@kopi.co.id");
		for (String bad : new String[] { "", "ani", "ani@kopi", "a b@kopi.id", "ani@@kopi.id", "ani@kopi.",
				"x".repeat(250) + "@a.id" }) {
			assertThatThrownBy(() -> EmailAddresses.normalise(bad)).isInstanceOf(Problem.class)
				.extracting("code").isEqualTo("email-invalid");
		}
	}

	@Test
	void refusesPasswordsBcryptWouldCut() {
		Passwords.check("sepuluh-ch");
		assertThatThrownBy(() -> Passwords.check("pendek")).extracting("code").isEqualTo("password-too-short");
		assertThatThrownBy(() -> Passwords.check("          ")).extracting("code").isEqualTo("password-too-short");
		assertThatThrownBy(() -> Passwords.check("é".repeat(40))).extracting("code").isEqualTo("password-too-long");
	}

	@Test
	void checksNamesAndWorkspaceSettings() {
		assertThat(Names.required("  Kemang ", "name")).isEqualTo("Kemang");
		assertThatThrownBy(() -> Names.required(" ", "name")).extracting("code").isEqualTo("required");
		assertThatThrownBy(() -> Names.required("x".repeat(101), "name")).extracting("code").isEqualTo("too-long");
		assertThatThrownBy(() -> Names.required("a\u0000b", "name")).extracting("code")
			.isEqualTo("control-characters");
		assertThat(WorkspaceSettings.zone("")).isEqualTo(Workspace.DEFAULT_TIME_ZONE);
		assertThat(WorkspaceSettings.currency("usd").getCurrencyCode()).isEqualTo("USD");
		assertThatThrownBy(() -> WorkspaceSettings.currency("XYZW")).extracting("code").isEqualTo("currency-unknown");
		assertThatThrownBy(() -> Languages.of("fr")).extracting("code").isEqualTo("language-unsupported");
	}

	@Test
	void rolesIncludeTheRolesBelowThem() {
		assertThat(Role.OWNER.includes(Role.VIEWER)).isTrue();
		assertThat(Role.ADMIN.includes(Role.OWNER)).isFalse();
		assertThat(Role.AGENT.includes(Role.AGENT)).isTrue();
	}
}
