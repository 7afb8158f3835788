package org.onedoor.identity;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id for every new hash. Hashes carry their algorithm as a prefix ({@code {argon2}...}),
 * so a stronger algorithm can be added here later and old hashes keep working until their
 * owners next change their password.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	static final String CURRENT = "argon2";

	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = Map.of(CURRENT, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		return new DelegatingPasswordEncoder(CURRENT, encoders);
	}

}
