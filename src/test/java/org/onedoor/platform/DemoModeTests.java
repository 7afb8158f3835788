package org.onedoor.platform;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeTests {

	@Test
	void embeddedDatabaseComesWithDemoData() {
		assertThat(new DemoMode(new MockEnvironment()).enabled()).isTrue();
	}

	@Test
	void externalDatabaseNeverGetsDemoDataByDefault() {
		var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/prod");
		assertThat(new DemoMode(environment).enabled()).isFalse();
	}

	@Test
	void explicitSwitchWinsBothWays() {
		assertThat(new DemoMode(new MockEnvironment().withProperty("onedoor.demo", "false")).enabled()).isFalse();
		var external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/staging")
			.withProperty("onedoor.demo", "true");
		assertThat(new DemoMode(external).enabled()).isTrue();
	}

}
