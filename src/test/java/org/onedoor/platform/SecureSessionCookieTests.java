package org.onedoor.platform;

import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** When the session cookie is Secure: production (an external database) unless told otherwise. */
class SecureSessionCookieTests {

	private static final String EXTERNAL = "jdbc:postgresql://db.example.gov.cn/onedoor";

	@Test
	void theEmbeddedDemoOnALaptopKeepsAPlainCookie() {
		assertThat(secureAfterCustomizing(new MockEnvironment())).isNull();
	}

	@Test
	void anExternalDatabaseMeansProductionAndASecureCookie() {
		assertThat(secureAfterCustomizing(new MockEnvironment().withProperty("spring.datasource.url", EXTERNAL))).isTrue();
	}

	@Test
	void anExplicitSettingWinsEitherWay() {
		assertThat(SecureSessionCookie.secure(new MockEnvironment().withProperty("spring.datasource.url", EXTERNAL)
			.withProperty(SecureSessionCookie.PROPERTY, "false"))).isFalse();
		assertThat(SecureSessionCookie.secure(new MockEnvironment().withProperty(SecureSessionCookie.PROPERTY, "true")))
			.isTrue();
	}

	private static Boolean secureAfterCustomizing(MockEnvironment environment) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new SecureSessionCookie(environment).customize(factory);
		return factory.getSettings().getSession().getCookie().getSecure();
	}

}
