package io.tanggap.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in user's session. */
final class SignedInUser implements UserDetails, CredentialsContainer {

	private final User user;
	private String passwordHash;

	SignedInUser(User user) {
		this.user = user;
		this.passwordHash = user.passwordHash();
	}

	User user() {
		return user;
	}

	Actor actor() {
		return user.actor();
	}

	String displayName() {
		return user.displayName();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(user.role().authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.email();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
