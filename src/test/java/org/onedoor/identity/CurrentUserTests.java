package org.onedoor.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentUserTests extends IdentityTestSupport {

	@Autowired
	CurrentUser currentUser;

	@Autowired
	Accounts accounts;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSupervisorActsForEveryUnitInTheirCity() {
		signIn("supervisor");
		assertThat(currentUser.require().displayName()).isEqualTo("陈督办");
		assertThat(currentUser.canActFor(unitId("GY-CGJ"))).isTrue();
		assertThat(currentUser.canActFor(unitId("NM-ZJJ"))).isTrue();
		assertThat(currentUser.canActFor(unitId("ZY-CGJ"))).isFalse();
		assertThat(currentUser.covers("520102000000")).isTrue();
	}

	@Test
	void aHandlerActsOnlyForTheirUnit() {
		signIn("handler");
		assertThat(currentUser.canActFor(unitId("GY-CGJ"))).isTrue();
		assertThat(currentUser.canActFor(unitId("GY-12345"))).isFalse();
		assertThat(currentUser.covers("520100000000")).isFalse();
	}

	@Test
	void nobodySignedInActsForNothing() {
		assertThat(currentUser.get()).isEmpty();
		assertThat(currentUser.canActFor(unitId("GY-CGJ"))).isFalse();
	}

	@Test
	void otherModulesLookUpAccountsById() {
		long handler = accountId("handler");
		assertThat(accounts.find(handler)).hasValueSatisfying(a -> {
			assertThat(a.displayName()).isEqualTo("张承办");
			assertThat(a.unitId()).isEqualTo(unitId("GY-CGJ"));
			assertThat(a.staff()).isTrue();
		});
		assertThat(accounts.staffOf(unitId("GY-CGJ"))).extracting(AccountSummary::id).contains(handler);
		assertThat(accounts.find(-1)).isEmpty();
	}

	@Test
	void demoPasswordsAreArgon2AndDemoDataWasNotSeededAutomatically() {
		assertThat(jdbc.sql("select password_hash from identity.account where username = 'admin'").query(String.class).single())
			.startsWith("{argon2}");
		assertThat(jdbc.sql("select count(*) from platform.demo_seed").query(Long.class).single()).isZero();
	}

	private void signIn(String login) {
		var principal = details.loadUserByUsername(login);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

}
