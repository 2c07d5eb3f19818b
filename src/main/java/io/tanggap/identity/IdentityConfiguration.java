package io.tanggap.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans identity needs with or without the web server (the jar's commands have none). */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	/** bcrypt for new hashes; the {@code {id}} prefix lets a later algorithm take over without a migration. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
