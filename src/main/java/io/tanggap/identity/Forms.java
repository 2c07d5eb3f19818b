package io.tanggap.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What people type into identity's forms and send to its API. Field rules here give the messages
 * next to the fields; the services check the same rules again, so no caller can skip them.
 */
final class Forms {

	private Forms() {
	}

	record Invite(
			@NotBlank(message = "{validation.required}") @Email(regexp = EmailAddresses.PATTERN, message = "{validation.email}") @Size(max = 254, message = "{validation.too-long}") String email,
			@NotNull(message = "{validation.required}") Role role) {
	}

	record NewApiKey(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String name,
			@NotNull(message = "{validation.required}") Role role) {
	}

	record BranchDetails(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String name,
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String city,
			@Size(max = 300, message = "{validation.too-long}") String address) {
	}

	record WorkspaceDetails(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String name,
			@NotBlank(message = "{validation.required}") String timeZone,
			@NotBlank(message = "{validation.required}") @Size(min = 3, max = 3, message = "{validation.currency}") String currency,
			@NotBlank(message = "{validation.required}") String language) {
	}

	record Accept(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String displayName,
			@NotBlank(message = "{validation.required}") @Size(min = 10, max = 72, message = "{validation.password}") String password,
			String passwordConfirmation) {
	}

	record Setup(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String workspaceName,
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String ownerName,
			@NotBlank(message = "{validation.required}") @Email(regexp = EmailAddresses.PATTERN, message = "{validation.email}") @Size(max = 254, message = "{validation.too-long}") String ownerEmail,
			@NotBlank(message = "{validation.required}") @Size(min = 10, max = 72, message = "{validation.password}") String password,
			String passwordConfirmation, String timeZone, String currency, String language) {

		NewWorkspace toNewWorkspace() {
			return new NewWorkspace(workspaceName, ownerName, ownerEmail, password, timeZone, currency, language);
		}
	}

	record Profile(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String displayName,
			@NotBlank(message = "{validation.required}") String language) {
	}

	record PasswordChange(
			@NotBlank(message = "{validation.required}") String currentPassword,
			@NotBlank(message = "{validation.required}") @Size(min = 10, max = 72, message = "{validation.password}") String password,
			String passwordConfirmation) {
	}

	record RoleChange(@NotNull(message = "{validation.required}") Role role) {
	}
}
