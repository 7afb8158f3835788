package org.onedoor.oversight;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.onedoor.identity.Role;
import org.onedoor.identity.StaffContact;
import org.onedoor.identity.StaffDirectory;

import org.springframework.stereotype.Component;

/** Who holds a role in a unit, with the mobile number to text them, as identity knows it. */
@Component
class StaffContacts {

	record Contact(long accountId, String displayName, String mobile) {

		static Contact of(StaffContact contact) {
			return new Contact(contact.accountId(), contact.displayName(), contact.mobile());
		}

	}

	private final StaffDirectory staff;

	StaffContacts(StaffDirectory staff) {
		this.staff = staff;
	}

	List<Contact> withRole(String role, Collection<Long> unitIds) {
		return staff.withRole(Role.valueOf(role), unitIds).stream().map(Contact::of).toList();
	}

	List<Contact> everyoneWithRole(String role) {
		return staff.everyoneWithRole(Role.valueOf(role)).stream().map(Contact::of).toList();
	}

	Optional<Contact> account(long accountId) {
		return staff.contact(accountId).map(Contact::of);
	}

}
