package org.onedoor.oversight;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds a role in a unit, with the mobile number to text them. Identity's {@code Accounts}
 * facade does not yet offer roles or staff mobiles, so this reads identity's tables directly,
 * read-only; it is the one place to switch once the facade does.
 */
@Component
class StaffContacts {

	record Contact(long accountId, String displayName, String mobile) {
	}

	private final JdbcClient jdbc;

	StaffContacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Contact> withRole(String role, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select a.id as account_id, a.display_name, trim(a.mobile) as mobile from identity.account a
				join identity.account_role r on r.account_id = a.id
				where a.enabled and a.kind = 'STAFF' and r.role = :role and a.unit_id in (:units) order by a.id""")
			.param("role", role)
			.param("units", unitIds)
			.query(Contact.class)
			.list();
	}

	List<Contact> everyoneWithRole(String role) {
		return jdbc.sql("""
				select a.id as account_id, a.display_name, trim(a.mobile) as mobile from identity.account a
				join identity.account_role r on r.account_id = a.id
				where a.enabled and a.kind = 'STAFF' and r.role = ? order by a.id""")
			.param(role)
			.query(Contact.class)
			.list();
	}

	Optional<Contact> account(long accountId) {
		return jdbc.sql("""
				select id as account_id, display_name, trim(mobile) as mobile from identity.account
				where id = ? and enabled""")
			.param(accountId)
			.query(Contact.class)
			.optional();
	}

}
