package io.tanggap.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What first-run setup (and the demo) needs to create a workspace and its owner.
 * @param timeZone an IANA zone such as {@code Asia/Jakarta}; blank for the default
 * @param currency an ISO 4217 code such as {@code IDR}; blank for the default
 * @param language {@code id} or {@code en}; blank for Bahasa Indonesia
 */
public record NewWorkspace(
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String workspaceName,
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String ownerName,
		@NotBlank(message = "{validation.required}") @Email(regexp = EmailAddresses.PATTERN, message = "{validation.email}") @Size(max = 254, message = "{validation.too-long}") String ownerEmail,
		@NotBlank(message = "{validation.required}") @Size(max = 72, message = "{validation.too-long}") String password,
		String timeZone, String currency, String language) {
}
