package io.tanggap.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of sign-in and invitations ({@code tanggap.identity.*}).
 * @param maxFailedSignIns failures per e-mail address or client address before sign-in is refused
 * @param signInWindow how long failures are remembered, and how long a throttled sign-in waits
 * @param invitationValidity how long an invitation link can be used
 * @param publicUrl the address people use to reach the service, for links
 */
@ConfigurationProperties("tanggap.identity")
record IdentitySettings(int maxFailedSignIns, Duration signInWindow, Duration invitationValidity, String publicUrl) {

	IdentitySettings {
		if (maxFailedSignIns < 1) {
			throw new IllegalArgumentException("tanggap.identity.max-failed-sign-ins must be at least 1");
		}
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}
}
