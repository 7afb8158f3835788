package org.onedoor.identity;

import java.util.List;

import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything needs a sign-in except what a module declares public through {@link PublicEndpoints}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicEndpoints> endpoints) throws Exception {
		String[] open = endpoints.stream().flatMap(e -> e.paths().stream()).toArray(String[]::new);
		String[] machine = endpoints.stream().flatMap(e -> e.withoutCsrf().stream()).toArray(String[]::new);
		http.authorizeHttpRequests(requests -> requests.requestMatchers(open).permitAll().anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(machine))
			.formLogin(form -> form.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"));
		return http.build();
	}

}
