package org.onedoor.identity;

import org.onedoor.shared.web.ProblemRequests;

import java.util.List;

import jakarta.servlet.DispatcherType;
import org.onedoor.audit.AuditLog;
import org.onedoor.shared.web.PublicEndpoints;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The rules every request passes: everything needs a sign-in except what a module declares
 * public through {@link PublicEndpoints}; the staff console needs {@code STAFF}. Machines
 * ({@code /api}, {@code /open311}) are refused with problem+json, people with pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * No traces of Spring Security's own steps: with them on (even switched off by property), every
	 * filter of every request was wrapped in an observation, several per cent of a tracking
	 * look-up's CPU. Request metrics stay.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Public look-ups that apps poll (the tracking API): no session read or made, no request cache,
	 * no sign-in filters, the same headers. The full chain below cost a tenth of such a look-up's CPU
	 * for machinery these requests never use (docs/benchmarks.md). Other methods on these paths fall
	 * through to the full chain.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain sessionlessLookUps(HttpSecurity http, List<PublicEndpoints> endpoints) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher[] lookUps = endpoints.stream()
			.flatMap(e -> e.sessionlessLookUps().stream())
			.map(path -> paths.matcher(HttpMethod.GET, path))
			.toArray(RequestMatcher[]::new);
		http.securityMatcher(lookUps.length == 0 ? request -> false : new OrRequestMatcher(lookUps))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable())
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicEndpoints> endpoints,
			ProblemAnswers problems, RateLimits limits, AuditLog audit, SignInSuccess success, SignInFailure failure)
			throws Exception {
		String[] open = endpoints.stream().flatMap(e -> e.paths().stream()).toArray(String[]::new);
		String[] machine = endpoints.stream().flatMap(e -> e.withoutCsrf().stream()).toArray(String[]::new);
		LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		AccessDeniedHandlerImpl deniedPage = new AccessDeniedHandlerImpl();
		deniedPage.setErrorPage(IdentityEndpoints.DENIED_PATH);
		http.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
				.requestMatchers(open).permitAll()
				.requestMatchers("/login", "/register", "/register/**", IdentityEndpoints.DENIED_PATH).permitAll()
				.requestMatchers("/console", "/console/**").hasAuthority(Role.STAFF_AUTHORITY)
				.anyRequest().authenticated())
			.csrf(csrf -> csrf.ignoringRequestMatchers(machine))
			.formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler(failure).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> {
					if (ProblemRequests.wantsProblem(request)) {
						problems.write(request, response, 401, "identity.signIn.required");
					}
					else {
						loginPage.commence(request, response, ex);
					}
				})
				.accessDeniedHandler((request, response, ex) -> {
					if (ProblemRequests.wantsProblem(request)) {
						problems.write(request, response, 403, "error.forbidden");
					}
					else {
						deniedPage.handle(request, response, ex);
					}
				}))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(SecurityConfiguration::headers)
			.addFilterBefore(new SignInThrottleFilter(limits, problems, audit), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		return http.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

}
