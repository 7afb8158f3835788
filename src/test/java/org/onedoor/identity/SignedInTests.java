package org.onedoor.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInTests {

	private static SignedIn staff(Role role, long unit, String division) {
		return new SignedIn(1, "x", "X", Set.of(role), unit, division);
	}

	@Test
	void aHandlerActsOnlyForTheirOwnUnit() {
		SignedIn handler = staff(Role.UNIT_HANDLER, 7, "520100000000");
		assertThat(handler.canActFor(7, "520100000000")).isTrue();
		assertThat(handler.canActFor(8, "520100000000")).isFalse();
		assertThat(handler.covers("520100000000")).isFalse();
	}

	@Test
	void aSupervisorCoversEverythingInsideTheirDivision() {
		SignedIn supervisor = staff(Role.SUPERVISOR, 3, "520100000000");
		assertThat(supervisor.covers("520102000000")).isTrue();
		assertThat(supervisor.canActFor(8, "520102001000")).isTrue();
		assertThat(supervisor.canActFor(9, "520300000000")).isFalse();
		assertThat(supervisor.covers("520000000000")).isFalse();
	}

	@Test
	void aProvincialAdministratorCoversTheProvince() {
		SignedIn admin = staff(Role.ADMIN, 1, "520000000000");
		assertThat(admin.covers("520300000000")).isTrue();
		assertThat(admin.covers("510100000000")).isFalse();
	}

	@Test
	void citizensCoverNothing() {
		SignedIn citizen = new SignedIn(2, "13800000001", "王", Set.of(Role.CITIZEN), null, null);
		assertThat(citizen.isStaff()).isFalse();
		assertThat(citizen.covers("520000000000")).isFalse();
		assertThat(citizen.canActFor(1, "520000000000")).isFalse();
	}

	@Test
	void staffCarryTheStaffAuthorityAndReadersTheAuditAuthority() {
		assertThat(AccountPrincipal.authoritiesOf(staff(Role.SUPERVISOR, 3, "520100000000")))
			.extracting(Object::toString)
			.containsExactly("ROLE_SUPERVISOR", "STAFF", "AUDIT_READ");
		assertThat(AccountPrincipal.authoritiesOf(new SignedIn(2, "m", "王", Set.of(Role.CITIZEN), null, null)))
			.extracting(Object::toString)
			.containsExactly("ROLE_CITIZEN");
	}

}
