package org.onedoor.identity;

import org.onedoor.shared.MobileNumber;

import java.util.Locale;
import java.util.UUID;

import org.onedoor.audit.AuditLog;
import org.onedoor.shared.InvalidInputException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A citizen registers with a mobile number proven by an SMS code, a name and a password. */
@Service
class CitizenRegistration {

	static final String PURPOSE = "REGISTER";

	private final AccountRepository accounts;

	private final SmsChallenges challenges;

	private final PasswordEncoder hashing;

	private final AuditLog audit;

	CitizenRegistration(AccountRepository accounts, SmsChallenges challenges, PasswordEncoder hashing, AuditLog audit) {
		this.accounts = accounts;
		this.challenges = challenges;
		this.hashing = hashing;
		this.audit = audit;
	}

	/** Step one: sends a code to a number that is not registered yet. */
	UUID sendCode(String typedMobile, String address, Locale locale) {
		String mobile = MobileNumber.parse(typedMobile)
			.map(MobileNumber::value)
			.orElseThrow(() -> new InvalidInputException("mobile", "identity.mobile.invalid"));
		if (accounts.mobileTaken(mobile)) {
			throw new InvalidInputException("mobile", "identity.register.mobileTaken");
		}
		return challenges.issue(mobile, PURPOSE, address, locale);
	}

	/** Step two: with the right code, creates the account. @return the new account's id */
	@Transactional
	long register(UUID challenge, String code, String displayName, String password, String confirmation) {
		String mobile = challenges.mobileOf(challenge)
			.orElseThrow(() -> new InvalidInputException("code", "identity.sms.unknown"));
		String name = DisplayName.require(displayName);
		PasswordPolicy.require("password", password, mobile);
		if (!password.equals(confirmation)) {
			throw new InvalidInputException("confirmation", "identity.password.mismatch");
		}
		switch (challenges.verify(challenge, code)) {
			case VERIFIED -> {
			}
			case WRONG -> throw new InvalidInputException("code", "identity.sms.wrong");
			case EXPIRED -> throw new InvalidInputException("code", "identity.sms.expired");
			case EXHAUSTED -> throw new InvalidInputException("code", "identity.sms.exhausted");
			case UNKNOWN -> throw new InvalidInputException("code", "identity.sms.unknown");
		}
		if (accounts.mobileTaken(mobile)) {
			throw new InvalidInputException("mobile", "identity.register.mobileTaken");
		}
		long id = accounts.insertCitizen(mobile, name, hashing.encode(password));
		audit.recordAs("citizen#" + id, "identity.registered", "account", Long.toString(id), Masking.mobile(mobile));
		return id;
	}

}
