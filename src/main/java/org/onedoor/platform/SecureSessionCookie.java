package org.onedoor.platform;

import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The session cookie carries {@code Secure} in production. An external database means a real
 * deployment, which a city serves over HTTPS only, so the cookie is never sent in clear there;
 * the embedded database is the laptop demo on {@code http://localhost}, where a Secure cookie
 * would make signing in impossible in some browsers. {@code server.servlet.session.cookie.secure}
 * set explicitly (SERVER_SERVLET_SESSION_COOKIE_SECURE) always wins. Independently of this rule,
 * Tomcat marks the cookie Secure on every request that arrived over HTTPS (directly, or through a
 * proxy when {@code server.forward-headers-strategy=native} honours X-Forwarded-Proto).
 */
@Component
class SecureSessionCookie implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

	static final String PROPERTY = "server.servlet.session.cookie.secure";

	private final Environment environment;

	SecureSessionCookie(Environment environment) {
		this.environment = environment;
	}

	static boolean secure(Environment environment) {
		Boolean explicit = environment.getProperty(PROPERTY, Boolean.class);
		return explicit != null ? explicit : !NoExternalDatabase.in(environment);
	}

	@Override
	public void customize(ConfigurableServletWebServerFactory factory) {
		if (secure(environment)) {
			factory.getSettings().getSession().getCookie().setSecure(true);
		}
	}

	/** After Spring Boot copied server.servlet.session.* onto the factory. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
