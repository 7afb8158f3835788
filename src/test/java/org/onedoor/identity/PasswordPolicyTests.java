package org.onedoor.identity;

import org.junit.jupiter.api.Test;
import org.onedoor.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	@Test
	void acceptsALongEnoughMixedPassword() {
		assertThat(PasswordPolicy.violation("OneDoor#2026", "admin")).isEmpty();
		assertThat(PasswordPolicy.violation("门通密码abc1", "13800000001")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(PasswordPolicy.violation("Ab#1234")).contains("identity.password.tooShort");
		assertThat(PasswordPolicy.violation(null)).contains("identity.password.tooShort");
	}

	@Test
	void refusesOnlyDigits() {
		assertThat(PasswordPolicy.violation("1234567890")).contains("identity.password.allDigits");
	}

	@Test
	void refusesTheOwnMobileOrUsernameInAnyCase() {
		assertThat(PasswordPolicy.violation("x13800000001", "13800000001")).contains("identity.password.containsLogin");
		assertThat(PasswordPolicy.violation("Handler2026!", "handler")).contains("identity.password.containsLogin");
		assertThat(PasswordPolicy.violation("Different#1", "handler", null)).isEmpty();
	}

	@Test
	void refusesAbsurdlyLongPasswords() {
		assertThat(PasswordPolicy.violation("a1".repeat(65))).contains("identity.password.tooLong");
	}

	@Test
	void requireNamesTheParameterAndTheRule() {
		assertThatThrownBy(() -> PasswordPolicy.require("password", "12345678"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.parameter()).isEqualTo("password");
				assertThat(ex.messageKey()).isEqualTo("identity.password.allDigits");
			});
	}

}
